#!/usr/bin/env bash
# Publishes the built site to the portal: uploads it over SSH into a new release folder, then switches `current` to it atomically.
#
# Layout on the server, under DEPLOY_PATH:
#   releases/<UTC timestamp>-<git short sha>/   one complete copy of the site per publication
#   releases/<name>.partial/                    an upload in progress (or a leftover of an interrupted one)
#   current -> releases/<name>                  what nginx serves
#   .deploy.lock                                held (flock) by the deploy or rollback at work
# A failed or interrupted upload never touches `current`. Only the site the current commit's
# successful `make build` made is published (its stamp, scripts/site_stamp.py, is checked first).
# Exit codes: 2 settings, 3 illustrative data, 4 server, 5 incomplete upload, 6 site/ is not this
# commit's build, 75 the portal stayed busy with another deploy or rollback.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/portal.sh
source scripts/lib/portal.sh

SITE_DIR=${SITE_DIR:-site}
SITE_DIR=${SITE_DIR%/}
KEEP_RELEASES=5

# Run on the server, holding the lock (so no other upload is in progress). Removes leftovers of
# interrupted uploads and switches, refuses a name already taken, and prints the current
# release's name (empty before the first publication) for --link-dest.
read -r -d '' REMOTE_PREPARE <<SH || true
set -eu
LC_ALL=C
export LC_ALL
$REMOTE_RELEASE_LIB
base=\$1 name=\$2
if [ -e "\$base/current" ] && [ ! -L "\$base/current" ]; then
  echo "Lỗi: \$base/current đã có và không phải liên kết (symlink): hãy chuyển nó đi chỗ khác rồi chạy lại." >&2
  exit 4
fi
mkdir -p "\$base/releases"
rm -f -- "\$base"/.current.[0-9]*
cd "\$base/releases"
for d in $RELEASE_GLOB.partial; do
  [ -e "\$d" ] || continue
  echo "Xoá bản tải lên dở dang còn sót: \$d" >&2
  # An rsync cut off a moment ago may still be writing its last file there: try once more.
  rm -rf -- "\$d" 2>/dev/null || { sleep 2; rm -rf -- "\$d"; }
done
if [ -e "\$name" ]; then
  echo "Lỗi: đã có bản phát hành tên \$name trên máy chủ; hãy chạy lại sau một giây." >&2
  exit 4
fi
if [ -L "\$base/current" ]; then
  cur=\$(readlink "\$base/current")
  cur=\${cur##*/}
  if is_complete_release "\$cur"; then printf '%s\n' "\$cur"; fi
fi
exit 0
SH

# Run on the server after the upload, still holding the lock. Checks the new release is complete,
# names it, points `current` at it through a rename (atomic: a reader sees the old or the new
# release, never neither), then deletes the oldest complete releases beyond the last KEEP, never
# the current one. Whatever is not a complete release is neither counted nor deleted: reported.
read -r -d '' REMOTE_SWITCH <<SH || true
set -eu
LC_ALL=C
export LC_ALL
$REMOTE_RELEASE_LIB
base=\$1 name=\$2 expected_files=\$3 keep=\$4
cd "\$base/releases"
if [ ! -f "\$name.partial/index.html" ]; then
  echo "Lỗi: bản vừa tải lên thiếu index.html; không chuyển sang bản mới." >&2
  exit 5
fi
got=\$(find "\$name.partial" -type f | wc -l)
if [ "\$got" -ne "\$expected_files" ]; then
  echo "Lỗi: bản vừa tải lên có \$got tệp, cần \$expected_files; không chuyển sang bản mới." >&2
  exit 5
fi
mv -T -- "\$name.partial" "\$name"
ln -s "releases/\$name" "\$base/.current.\$\$"
mv -T -- "\$base/.current.\$\$" "\$base/current"
total=0
for d in *; do
  if is_complete_release "\$d"; then total=\$((total + 1)); fi
done
excess=\$((total - keep))
for d in *; do
  [ "\$excess" -gt 0 ] || break
  is_complete_release "\$d" || continue
  excess=\$((excess - 1))
  [ "\$d" = "\$name" ] && continue
  echo "Xoá bản phát hành cũ: \$d" >&2
  rm -rf -- "\$d"
done
not_releases | while IFS= read -r d; do
  echo "Để nguyên releases/\$d: không phải bản phát hành hoàn chỉnh (tên không theo mẫu <giờ UTC>-<mã phiên bản>, hoặc thiếu index.html), nên không được tính vào \$keep bản giữ lại và không bị xoá. Hãy xem rồi tự xoá nếu không cần." >&2
done
SH

read -r -d '' REMOTE_DISCARD <<'SH' || true
set -eu
rm -rf -- "$1/releases/$2.partial"
SH

portal_require_settings

if [[ ${DEPLOY_ALLOW_ILLUSTRATIVE:-} == 1 ]]; then
  say "Cảnh báo: DEPLOY_ALLOW_ILLUSTRATIVE=1: xuất bản cả số liệu minh hoạ. Chỉ dùng cho máy chủ thử nghiệm, không dùng cho cổng thông tin chính thức."
else
  status=0
  .venv/bin/python -m campaign publishable data || status=$?
  case $status in
    0) ;;
    3) die "Không xuất bản: số liệu trong data/ còn là số liệu minh hoạ (lý do ở trên). Hãy nhập số liệu thật trước; để thử trên máy chủ thử nghiệm, đặt DEPLOY_ALLOW_ILLUSTRATIVE=1." 3 ;;
    *) die "Không kiểm tra được số liệu có được phép xuất bản hay không (.venv/bin/python -m campaign publishable data thoát với mã $status); không xuất bản." ;;
  esac
  # The check read data/ as it is now; the site was built from the commit's data (its stamp
  # says so, below). Both are the same only if data/ has no uncommitted change.
  changed=$(git status --porcelain --untracked-files=all -- data 2>/dev/null) ||
    die "Không xác định được data/ có thay đổi chưa commit hay không (git status); không xuất bản." 6
  [[ -z $changed ]] ||
    die "data/ có thay đổi chưa commit ('git status data'), nên số liệu vừa kiểm tra không phải số liệu của bản dựng trong $SITE_DIR/. Hãy commit (hoặc bỏ) các thay đổi, chạy 'make build', rồi xuất bản lại." 6
fi

# Refuses a site that the current commit's successful `make build` did not make (with the reason).
.venv/bin/python scripts/site_stamp.py verify "$SITE_DIR" || exit $?
sha=$(git rev-parse --short HEAD 2>/dev/null) ||
  die "Không xác định được phiên bản mã nguồn (git rev-parse): hãy chạy trong bản sao git của kho."
release=$(date -u +%Y%m%dT%H%M%SZ)-$sha
# The build stamp (STAMP_NAME in scripts/site_stamp.py) stays here: the portal never gets it.
stamp=.build-stamp
files=$(find "$SITE_DIR/" -type f ! -path "$SITE_DIR/$stamp" | wc -l)

uploading="" rsync_pid=""
on_exit() {
  local status=$?
  # Cleaning up takes a few seconds at most (each step is bounded): a second Ctrl-C must not cut it.
  trap '' INT TERM HUP
  if [[ -n $rsync_pid ]]; then
    # Started in the background and waited for, so that a signal is handled now and not when
    # the upload is over; ended here, so no upload goes on after this script.
    kill -TERM "$rsync_pid" 2>/dev/null || true
    wait "$rsync_pid" 2>/dev/null || true
  fi
  if [[ -n $uploading ]]; then
    say "Xuất bản bị dừng giữa chừng: xoá thư mục tải dở $uploading.partial trên máy chủ; bản đang chạy (current) giữ nguyên."
    timeout 60 ssh -F "$PORTAL_SSH_CONFIG" portal sh -s -- "$DEPLOY_PATH" "$uploading" <<<"$REMOTE_DISCARD" 6<&- 7>&- ||
      say "Chưa xoá được; lần xuất bản sau sẽ tự xoá."
  fi
  portal_ssh_cleanup
  exit "$status"
}
trap on_exit EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
portal_ssh_setup

portal_lock deploy "$release"
say "Xuất bản $SITE_DIR ($files tệp) lên $DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_PATH/releases/$release"
current=$(portal_remote "$REMOTE_PREPARE" "$DEPLOY_PATH" "$release")

rsync_opts=(--recursive --links --perms "--chmod=D755,F644" --checksum --timeout=60 "--exclude=/$stamp")
if [[ -n $current ]]; then
  # Unchanged files become hard links to the running release: only changes cross the network.
  rsync_opts+=("--link-dest=../$current")
fi
if [[ -n ${DEPLOY_BWLIMIT:-} ]]; then
  [[ $DEPLOY_BWLIMIT =~ ^[0-9]+$ ]] || die "DEPLOY_BWLIMIT không hợp lệ: '$DEPLOY_BWLIMIT' (số KiB/giây)." 2
  rsync_opts+=("--bwlimit=$DEPLOY_BWLIMIT")
fi

uploading=$release
# rsync keeps the lock's descriptor (7) on purpose: were this script killed alone (SIGKILL), the
# lock would last as long as the orphaned upload, and no other deploy could take its .partial
# for a leftover. In the background so that the traps above run as soon as a signal comes.
rsync "${rsync_opts[@]}" -e "ssh -F $PORTAL_SSH_CONFIG" \
  "$SITE_DIR/" "portal:$DEPLOY_PATH/releases/$release.partial/" 6<&- &
rsync_pid=$!
wait "$rsync_pid" || {
  status=$?
  rsync_pid=""
  exit "$status"
}
rsync_pid=""
portal_remote "$REMOTE_SWITCH" "$DEPLOY_PATH" "$release" "$files" "$KEEP_RELEASES"
uploading=""
portal_unlock

say "Đã xuất bản: $DEPLOY_PATH/current -> releases/$release${current:+ (bản trước: $current)}"
