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
MESSAGES_CONTEXT = "Messages"
MESSAGES_MODULES = {"messages.py", "guidance.py"}  # `_t` texts, context "Messages"

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
    ]
    return [p for p in found if p.name != "__init__.py"]


def rename_context(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    renamed = re.sub(_NAMED.format(re.escape(old)), rf"\g<1>{new}\g<2>", text)
    if renamed != text:
        path.write_text(renamed, encoding="utf-8")


def parse(path: Path) -> ET.Element:
    return ET.parse(path).getroot()  # noqa: S314 (our own files, written by lupdate)


def check_unnamed(path: Path) -> None:
    """Only `_t` texts of messages.py may land in the empty context."""
    filename = ""  # relative locations name a file only when it changes
    for context in parse(path).iter("context"):
        for message in context.iter("message"):
            files = set()
            for location in message.iter("location"):
                filename = location.get("filename", filename)
                files.add(Path(filename).name)
            if not context.findtext("name") and files - MESSAGES_MODULES:
                sys.exit(
                    f"{path.name}: tr() outside a class in {sorted(files)}: "
                    f"{message.findtext('source')!r} has no context"
                )


def extract(files: list[Path]) -> None:
    command = [
        tool("pyside6-lupdate"),
        *("-silent", "-no-obsolete", "-locations", "relative"),
        *("-source-language", "en", "-tr-function-alias", "tr+=_t"),
        *(str(p.relative_to(ROOT)) for p in sources()),
        *("-ts", *(str(p.relative_to(ROOT)) for p in files)),
    ]
    for path in files:
        if path.exists():
            rename_context(path, MESSAGES_CONTEXT, "")
    try:
        subprocess.run(command, cwd=ROOT, check=True)  # noqa: S603 (the venv's lupdate)
        for path in files:
            check_unnamed(path)
    finally:
        for path in files:
            if path.exists():
                rename_context(path, "", MESSAGES_CONTEXT)


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
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        path.write_text(header + body + "\n", encoding="utf-8")


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
