#!/usr/bin/env bash
# Points the portal's `current` back at the release published before it (by name order), atomically.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/portal.sh
source scripts/lib/portal.sh

# Run on the server, holding the lock. Names sort by time and the glob lists them sorted, so the newest release
# older than the current one is the last seen before it; a fresh symlink is renamed over
# `current`, so readers see one release or the other, never neither.
read -r -d '' REMOTE_ROLLBACK <<SH || true
set -eu
LC_ALL=C
export LC_ALL
base=\$1
if [ ! -L "\$base/current" ] || [ ! -d "\$base/releases" ]; then
  echo "Lỗi: trên máy chủ chưa có bản phát hành nào (\$base/current chưa có): không có gì để quay lại." >&2
  exit 4
fi
rm -f -- "\$base"/.current.[0-9]*
cd "\$base/releases"
cur=\$(readlink "\$base/current")
cur=\${cur##*/}
prev=""
for d in $RELEASE_GLOB; do
  case "\$d" in *.partial) continue ;; esac
  [ -d "\$d" ] || continue
  [ "\$d" = "\$cur" ] && break
  prev=\$d
done
if [ -z "\$prev" ]; then
  echo "Lỗi: không có bản phát hành nào cũ hơn bản đang chạy (\$cur): không thể quay lại." >&2
  exit 4
fi
if [ ! -f "\$prev/index.html" ]; then
  echo "Lỗi: bản \$prev thiếu index.html: không quay lại bản này." >&2
  exit 5
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
