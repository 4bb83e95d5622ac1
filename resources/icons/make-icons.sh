#!/bin/sh
# Regenerates the PNG and ICO icons from icon.svg, offline.
# Needs Debian's librsvg2-bin (rsvg-convert) and imagemagick (/usr/bin/convert is called by full path
# because a wrapper elsewhere on PATH may add a white background).
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rsvg-convert -w 512 -h 512 icon.svg -o 512x512.png
rsvg-convert -w 256 -h 256 icon.svg -o 256x256.png
for s in 16 24 32 48 64 128; do rsvg-convert -w "$s" -h "$s" icon.svg -o "$tmp/$s.png"; done
/usr/bin/convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" 256x256.png icon.ico
