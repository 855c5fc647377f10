#!/bin/sh
# /usr/bin/receiving-desk: the one-folder bundle lives in /opt/receiving-desk.
exec /opt/receiving-desk/receiving-desk "$@"
