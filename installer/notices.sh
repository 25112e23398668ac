#!/usr/bin/env bash
# Collects the licence notices that travel in the packages:
#   bash installer/notices.sh JARS_DIR OUT_DIR
# JARS_DIR holds kiosk.jar and lib/*.jar (as jpackage's input). Writes OUT_DIR/NOTICE (the app, the
# fonts, the exhibit's texts, every library with its licence), OUT_DIR/libraries/JAR/ (the LICENSE and
# NOTICE files from each jar's META-INF, or from installer/licences/ARTIFACT/ where the jar has none)
# and OUT_DIR/fonts/ (the fonts' OFL.txt and README.md).
# Fails when a library in JARS_DIR/lib is not listed in installer/licences.tsv, so that a new
# dependency cannot ship without its licence being looked at.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jars=$1
dest=$2
table=$root/installer/licences.tsv

mkdir -p "$dest/libraries" "$dest/fonts" "$dest/icons"
cp "$root/installer/licences/tabler-icons/LICENSE" "$dest/icons/LICENSE"
cp "$root/exhibit-content/fonts/OFL.txt" "$root/exhibit-content/fonts/README.md" "$dest/fonts/"

{
  echo "Exhibit kiosk: licence notices"
  echo "=============================="
  echo
  echo "The application"
  echo "---------------"
  echo "The kiosk's own code has no licence chosen yet (TODO: the project is to choose one and ship"
  echo "its text here). Until then, all rights are reserved by its authors."
  echo
  echo "The exhibit"
  echo "-----------"
  echo "The exhibit's texts are adapted from the English Wikipedia article \"Zangezur Expedition\""
  echo "(CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/); the adaptations and"
  echo "translations are shared under the same licence. Sources: the content folder's sources/."
  echo
  echo "Fonts"
  echo "-----"
  echo "The bundled Noto fonts are under the SIL Open Font License 1.1: fonts/OFL.txt, fonts/README.md."
  echo
  echo "Icons"
  echo "-----"
  echo "The icons on tiles and controls are from Tabler Icons (tabler.io/icons), MIT License,"
  echo "Copyright (c) 2020-2026 Pawel Kuna: icons/LICENSE. Only the icons the kiosk uses are bundled."
  echo
  echo "Java runtime"
  echo "------------"
  echo "The bundled OpenJDK runtime: GPL-2.0 with the Classpath Exception; its notices are in the"
  echo "app's lib/runtime/legal/ folder."
  echo
  echo "Libraries"
  echo "---------"
  echo "Each with its licence; the licence and notice files found in its jar are in libraries/JAR/."
  echo "The full text of the Apache License 2.0 is in libraries/commons-logging-*/LICENSE.txt; on Debian"
  echo "also in /usr/share/common-licenses/Apache-2.0, as is the LGPL 2.1 (LGPL-2.1)."
  echo
} > "$dest/NOTICE"

missing=()
for jar in "$jars"/lib/*.jar; do
  base=$(basename "$jar" .jar)
  artifact=${base%-[0-9]*}
  row=$(awk -F'\t' -v a="$artifact" '$1 == a' "$table")
  if [ -z "$row" ]; then
    missing+=("$artifact")
    continue
  fi
  IFS=$'\t' read -r _ project licence url <<<"$row"
  printf '%-32s %s\n  %s\n  %s\n' "$base.jar" "$project" "$licence" "$url" >> "$dest/NOTICE"
  mkdir -p "$dest/libraries/$base"
  while IFS= read -r entry; do
    unzip -p "$jar" "$entry" > "$dest/libraries/$base/$(basename "$entry")"
  done < <(unzip -Z1 "$jar" | grep -iE '^META-INF/(LICENSE|NOTICE|LICENCE|COPYING)[^/]*$' || true)
  # A licence the jar does not carry itself (jipp-core's MIT text) is kept in installer/licences/ARTIFACT/.
  if [ -d "$root/installer/licences/$artifact" ]; then
    cp "$root/installer/licences/$artifact"/* "$dest/libraries/$base/"
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "notices: no licence recorded for ${missing[*]}: add a row to installer/licences.tsv" >&2
  exit 1
fi
