#!/usr/bin/env bash
# Points the portal's `current` back at the release published before it (by name order), atomically.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/portal.sh
source scripts/lib/portal.sh

# Run on the server, holding the lock. Names sort by time and the glob lists them sorted, so the
# newest complete release older than the current one is the last complete one seen before it;
# what is not a complete release (damaged, made by hand) is skipped and reported. A fresh symlink
# is renamed over `current`, so readers see one release or the other, never neither.
read -r -d '' REMOTE_ROLLBACK <<SH || true
set -eu
LC_ALL=C
export LC_ALL
$REMOTE_RELEASE_LIB
base=\$1
if [ ! -L "\$base/current" ] || [ ! -d "\$base/releases" ]; then
  echo "Lỗi: trên máy chủ chưa có bản phát hành nào (\$base/current chưa có): không có gì để quay lại." >&2
  exit 4
fi
rm -f -- "\$base"/.current.[0-9]*
cd "\$base/releases"
cur=\$(readlink "\$base/current")
cur=\${cur##*/}
prev="" skipped="" found=""
for d in *; do
  [ -e "\$d" ] || [ -L "\$d" ] || continue
  if [ "\$d" = "\$cur" ]; then
    found=1
    break
  fi
  case \$d in *.partial) continue ;; esac
  if is_complete_release "\$d"; then
    prev=\$d skipped=""
  elif is_release_name "\$d"; then
    skipped="\$skipped \$d"
  fi
done
if [ -z "\$found" ] || ! is_complete_release "\$cur"; then
  echo "Lỗi: current trỏ tới '\$cur', không phải một bản phát hành hoàn chỉnh trong releases/: không biết bản nào là bản trước. Hãy kiểm tra trên máy chủ." >&2
  exit 5
fi
for d in \$skipped; do
  echo "Bỏ qua releases/\$d: bản này không hoàn chỉnh (thiếu index.html), không quay lại bản này." >&2
done
if [ -z "\$prev" ]; then
  echo "Lỗi: không có bản phát hành nào cũ hơn bản đang chạy (\$cur): không thể quay lại." >&2
  exit 4
fi
ln -s "releases/\$prev" "\$base/.current.\$\$"
mv -T -- "\$base/.current.\$\$" "\$base/current"
printf '%s\n%s\n' "\$cur" "\$prev"
SH

portal_require_settings
trap portal_ssh_cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
portal_ssh_setup
# The same lock as deploy.sh: no rollback during an upload, nor two rollbacks at once.
portal_lock rollback -

switched=$(portal_remote "$REMOTE_ROLLBACK" "$DEPLOY_PATH") ||
  die "Không quay lại được bản phát hành trước (lý do ở trên)." 4
portal_unlock
from=${switched%%$'\n'*}
to=${switched#*$'\n'}
say "Đã quay lại: $DEPLOY_PATH/current -> releases/$to (thay cho $from)."
