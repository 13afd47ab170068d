#!/bin/sh
# Draws every raster form of the two icons from their SVG sources: the PNG jpackage uses on Linux, the ICO for the
# Windows installer and launchers, the ICNS for macOS. Needs ImageMagick (with librsvg) and png2icns (icnsutils):
#   apt-get install imagemagick librsvg2-bin icnsutils
# Run it after changing an SVG and commit what it writes.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in portaldesk portaldesk-kiosk; do
    for size in 16 32 48 64 128 256 512; do
        # Each size drawn from the vector, not scaled down from a bitmap, so small icons stay sharp.
        rsvg-convert -w "$size" -h "$size" "$name.svg" -o "$work/$name-$size.png"
    done
    cp "$work/$name-256.png" "$name.png"
    convert "$work/$name-16.png" "$work/$name-32.png" "$work/$name-48.png" "$work/$name-64.png" \
        "$work/$name-128.png" "$work/$name-256.png" "$name.ico"
    png2icns "$name.icns" "$work/$name-16.png" "$work/$name-32.png" "$work/$name-48.png" "$work/$name-128.png" \
        "$work/$name-256.png" "$work/$name-512.png" >/dev/null
done
