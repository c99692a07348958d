#!/bin/sh
# Fails when a source file with translatable strings is missing from po/POTFILES.in,
# or when POTFILES.in names a file that does not exist.
set -u
top="$1"
cd "$top" || exit 1
status=0
for f in $(find src resources data -type f \( -name '*.c' -o -name '*.ui' -o -name '*.in' -o -name '*.xml' \) | sort); do
  case "$f" in
    data/templates/*|*gresource.xml) continue ;;
  esac
  if grep -qE '_\(|N_\(|translatable="yes"|<_' "$f" && ! grep -qxF "$f" po/POTFILES.in; then
    echo "po/POTFILES.in does not list $f, which has translatable strings"
    status=1
  fi
done
while read -r f; do
  case "$f" in ''|'#'*) continue ;; esac
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist"
    status=1
  fi
done < po/POTFILES.in
[ $status -eq 0 ] && echo "po/POTFILES.in is complete"
exit $status
