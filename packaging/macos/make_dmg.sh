#!/usr/bin/env bash
# Wrap Buurtkantoor.app in a compressed .dmg with an Applications link to drag it onto.
# usage: make_dmg.sh PATH/Buurtkantoor.app PATH/Buurtkantoor-<version>.dmg "Volume name"
# Called by `python packaging/build.py` on macOS; needs only hdiutil and ditto (both in macOS).
set -euo pipefail

app="$1"
dmg="$2"
volume="$3"

if [[ ! -d "$app" ]]; then
    echo "make_dmg.sh: $app bestaat niet" >&2
    exit 1
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/$(basename "$app")"   # keeps symlinks, permissions and signatures
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
hdiutil create -volname "$volume" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
