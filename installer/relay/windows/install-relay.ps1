# Installs the relay as a Windows service with WinSW (run as administrator, in this folder,
# with WinSW-x64.exe downloaded beside it). The password is read here and stored as a
# machine environment variable readable by administrators and the service only.
param(
    [Parameter(Mandatory = $true)] [string] $Url,   # postgresql://relay@central.example/returns?sslmode=verify-full
    [string] $WinSW = ".\WinSW-x64.exe"
)
$ErrorActionPreference = "Stop"
Copy-Item $WinSW ".\receiving-desk-relay.exe" -Force
[Environment]::SetEnvironmentVariable("RECEIVING_DESK_RELAY_URL", $Url, "Machine")
$password = Read-Host "Database password for the relay role" -AsSecureString
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto(
    [Runtime.InteropServices.Marshal]::SecureStringToBSTR($password))
[Environment]::SetEnvironmentVariable("PGPASSWORD", $plain, "Machine")
.\receiving-desk-relay.exe install
.\receiving-desk-relay.exe start
Get-Service receiving-desk-relay
