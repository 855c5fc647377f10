"""Re-extract the GUI's texts into the .ts files, keeping the translations, and compile them.

    .venv/bin/python resources/translations/update.py

1. `pyside6-lupdate` reads src/receiving_desk/gui/*.py, gui/generated/*.py and ui/*.ui and
   merges new and changed texts into receiving_desk_<lang>.ts (existing translations stay;
   texts gone from the code are dropped; new or changed ones are marked unfinished).
   The forms' texts come from ui/*.ui: lupdate skips the u"..." literals of the generated
   ui_*.py, so a form changed in Designer must be saved as .ui (then `make ui`) to be seen.
2. `pyside6-lrelease` compiles each .ts into receiving_desk_<lang>.qm, the file
   `receiving_desk.gui.app.install_translations` loads. Unfinished translations are left out
   of the .qm (the English text shows until a translator finishes them).

gui/messages.py translates through a helper, `_t(text)` = translate("Messages", text), which
lupdate does not know. It is declared as an alias of `tr`, which lupdate files under an empty
context outside a class; this script renames that context to "Messages" around the run.

Plurals: every text with `%n` is passed to Qt with its count (`tr(text, "", n)`), but lupdate's
Python reader does not mark such texts as plural. This script does (`numerus="yes"`), with one
form per plural form of the language (Russian three, Chinese and Korean one), so lrelease
compiles them and Qt picks the form for n by the language's own rule.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

LANGUAGES = ("zh_CN", "zh_TW", "ru", "ko")
PLURAL_FORMS = {"zh_CN": 1, "zh_TW": 1, "ru": 3, "ko": 1}
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GUI = ROOT / "src" / "receiving_desk" / "gui"
SRC = ROOT / "src" / "receiving_desk"
# Where refusals of an entry (a badge, a name, a PIN, a bin, a photo, a printer) are worded
# (`_t` from domain/refusals.py, context "Refusals").
REFUSAL_SOURCES = (
    SRC / "domain" / "refusals.py",
    SRC / "bootstrap.py",
    SRC / "services" / "user_admin.py",
    SRC / "services" / "bin_admin.py",
    SRC / "services" / "bin_labels.py",
    SRC / "services" / "site_setup.py",
    SRC / "services" / "station.py",
    SRC / "services" / "rules_admin.py",
    SRC / "adapters" / "photos.py",
    SRC / "adapters" / "printing" / "desk_printer.py",
    SRC / "adapters" / "printing" / "station_printers.py",
    SRC / "adapters" / "central" / "admin_work.py",
    SRC / "adapters" / "central" / "setup_probe.py",
    SRC / "adapters" / "scanners" / "manager.py",
)

# Modules that translate through a `_t(text)` helper (translate(<context>, text)), which
# lupdate reads as `tr` outside a class, under an empty context: their context by module.
HELPER_CONTEXTS = {
    "messages.py": "Messages",
    "guidance.py": "Messages",
    "code_words.py": "Messages",
    "note_texts.py": "Messages",
    "weight_texts.py": "Messages",
    "start_error.py": "StartError",
    "site_code_texts.py": "StartError",
    "commands.py": "Commands",  # services/commands.py: the printed command sheet's captions
    "label_texts.py": "Labels",
    "evidence_texts.py": "Evidence",  # services/: the words of an evidence pack
    "reference_rows.py": "Imports",  # domain/: an import's problems, said on screen
    "reference_codes.py": "Imports",  # domain/: a site code in a file the desk could not scan
    "reference_files.py": "Imports",  # services/label_texts.py: the words on labels and cards
    # Station-file and rules-file problems (domain/file_problems.py), said on screen
    "config.py": "FileProblems",
    "config_store.py": "FileProblems",
    "toml_sections.py": "FileProblems",
    "toml_problems.py": "FileProblems",
    "station_values.py": "FileProblems",
    "site_codes.py": "FileProblems",
    "pattern_check.py": "FileProblems",
    "security_policy.py": "FileProblems",
    "audit_sampling.py": "FileProblems",
    "shifts.py": "FileProblems",
    "rules_reader.py": "FileProblems",
    "rules_file.py": "FileProblems",
    "settings.py": "FileProblems",
    "connection.py": "FileProblems",
    "printer_urls.py": "FileProblems",
    "pepper.py": "FileProblems",
    # Refusals of what someone typed or chose (domain/refusals.py), said on screen
    **{path.name: "Refusals" for path in REFUSAL_SOURCES},
}

# Where the station file's and the rules file's problems are worded (context "FileProblems").
FILE_PROBLEM_SOURCES = (
    SRC / "config.py",
    SRC / "config_store.py",
    SRC / "toml_sections.py",
    SRC / "domain" / "toml_problems.py",
    SRC / "station_values.py",
    SRC / "domain" / "barcodes" / "site_codes.py",
    SRC / "domain" / "barcodes" / "pattern_check.py",
    SRC / "domain" / "security_policy.py",
    SRC / "domain" / "audit_sampling.py",
    SRC / "domain" / "shifts.py",
    SRC / "domain" / "rules_reader.py",
    SRC / "domain" / "rules_file.py",
    SRC / "adapters" / "scanners" / "config.py",
    SRC / "adapters" / "scales" / "settings.py",
    SRC / "adapters" / "backup" / "settings.py",
    SRC / "adapters" / "central" / "connection.py",
    SRC / "adapters" / "printing" / "settings.py",
    SRC / "adapters" / "printing" / "printer_urls.py",
    SRC / "adapters" / "pepper.py",
)

_NAMED = r"(<context>\s*<name>){}(</name>)"


def tool(name: str) -> str:
    """The Qt tool next to this Python (the virtualenv's), else the one on PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: run this with the project's virtualenv Python")
    return found


def ts_file(language: str) -> Path:
    return HERE / f"receiving_desk_{language}.ts"


def sources() -> list[Path]:
    found = [
        *sorted(GUI.glob("*.py")),
        *sorted((GUI / "generated").glob("*.py")),
        *sorted((ROOT / "ui").glob("*.ui")),
        ROOT / "src" / "receiving_desk" / "services" / "commands.py",
        ROOT / "src" / "receiving_desk" / "services" / "label_texts.py",
        ROOT / "src" / "receiving_desk" / "services" / "evidence_texts.py",
        ROOT / "src" / "receiving_desk" / "domain" / "reference_rows.py",
        ROOT / "src" / "receiving_desk" / "domain" / "reference_codes.py",
        ROOT / "src" / "receiving_desk" / "domain" / "reference_files.py",
        *FILE_PROBLEM_SOURCES,
        *REFUSAL_SOURCES,
    ]
    return [p for p in found if p.name != "__init__.py"]


def rename_context(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    renamed = re.sub(_NAMED.format(re.escape(old)), rf"\g<1>{new}\g<2>", text)
    if renamed != text:
        path.write_text(renamed, encoding="utf-8")


def parse(path: Path) -> ET.Element:
    return ET.parse(path).getroot()  # noqa: S314 (our own files, written by lupdate)


def write(path: Path, root: ET.Element) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def copy_message(message: ET.Element) -> ET.Element:
    return ET.fromstring(ET.tostring(message))  # noqa: S314 (our own element)


def split_helper_context(path: Path) -> None:
    """Move the empty context's messages to their module's context (HELPER_CONTEXTS); a
    `tr()` outside a class anywhere else is an error (it would have no context)."""
    root = parse(path)
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    unnamed = contexts.pop("", None)
    if unnamed is None:
        return
    for message in unnamed.findall("message"):
        files = {Path(loc.get("filename", "")).name for loc in message.iter("location")}
        targets = {HELPER_CONTEXTS.get(f) for f in files}
        if None in targets or not targets:
            sys.exit(
                f"{path.name}: tr() outside a class in {sorted(files)}: "
                f"{message.findtext('source')!r} has no context"
            )
        unnamed.remove(message)
        for name in sorted(str(t) for t in targets):  # a text used by two helpers: in both
            if name not in contexts:
                context = ET.SubElement(root, "context")
                ET.SubElement(context, "name").text = name
                contexts[name] = context
            copy = copy_message(message)
            for location in list(copy.iter("location")):
                if HELPER_CONTEXTS.get(Path(location.get("filename", "")).name) != name:
                    copy.remove(location)
            contexts[name].append(copy)
    root.remove(unnamed)
    write(path, root)


def extract(files: list[Path]) -> None:
    command = [
        tool("pyside6-lupdate"),
        *("-silent", "-no-obsolete", "-locations", "absolute"),
        *("-source-language", "en", "-tr-function-alias", "tr+=_t"),
        *(str(p.relative_to(ROOT)) for p in sources()),
        *("-ts", *(str(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p) for p in files)),
    ]
    for path in files:
        if path.exists():
            for context in set(HELPER_CONTEXTS.values()):
                rename_context(path, context, "")
    subprocess.run(command, cwd=ROOT, check=True)  # noqa: S603 (the venv's lupdate)
    for path in files:
        split_helper_context(path)


def mark_plurals(path: Path, language: str) -> None:
    """`%n` texts become plural ("numerus") messages with the language's number of forms; a
    form still missing leaves the message unfinished."""
    tree = ET.parse(path)  # noqa: S314 (our own file, written by lupdate)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if "%n" not in (message.findtext("source") or "") or translation is None:
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        if message.get("numerus") == "yes" and len(forms) == PLURAL_FORMS[language]:
            continue
        message.set("numerus", "yes")
        known = forms or ([translation.text] if (translation.text or "").strip() else [])
        wanted = PLURAL_FORMS[language]
        for form in translation.findall("numerusform"):
            translation.remove(form)
        translation.text = None
        for index in range(wanted):
            form = ET.SubElement(translation, "numerusform")
            form.text = known[index] if index < len(known) else (known[-1] if known else "")
        if len(known) < wanted or not known:
            translation.set("type", "unfinished")
        changed = True
    if changed:
        write(path, tree.getroot())


def compile_qm(path: Path) -> None:
    qm = path.with_suffix(".qm")
    lrelease = tool("pyside6-lrelease")
    subprocess.run([lrelease, "-silent", "-nounfinished", str(path), "-qm", str(qm)], check=True)  # noqa: S603


def summary(path: Path) -> str:
    root = parse(path)
    messages = len(root.findall(".//message"))
    unfinished = len(root.findall(".//message/translation[@type='unfinished']"))
    unfinished += len(root.findall(".//message/translation[@type='vanished']"))
    return f"{path.name}: {messages} messages, {unfinished} unfinished"


def main() -> int:
    files = [ts_file(language) for language in LANGUAGES]
    extract(files)
    for language, path in zip(LANGUAGES, files, strict=True):
        mark_plurals(path, language)
        compile_qm(path)
        print(summary(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
