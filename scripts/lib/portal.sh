# shellcheck shell=bash
# Shared by deploy.sh and rollback.sh: checks the DEPLOY_* settings and talks to the portal over SSH.
# Sourced, not run. Messages are in Vietnamese: the portal administrator reads them.

# shellcheck disable=SC2034  # used by the scripts that source this file
# Release folders are named <UTC timestamp>-<git short sha>; only such names are ever listed or deleted.
RELEASE_GLOB='[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z-*'

# Prepended to the scripts run on the server (after `cd releases`). A release counts (is kept,
# pruned, rolled back to) only if it is complete: named <UTC timestamp>-<hex git sha>, a real
# folder, holding index.html. Anything else there (a folder made by hand, a copy, a damaged
# release) is never deleted and never takes the place of a release; the scripts report it.
# shellcheck disable=SC2016  # expanded on the server
REMOTE_RELEASE_LIB='
is_release_name() {
  case $1 in
    [0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z-????*) ;;
    *) return 1 ;;
  esac
  case ${1#*Z-} in
    *[!0-9a-f]*) return 1 ;;
  esac
}
is_complete_release() {
  is_release_name "$1" && [ -d "$1" ] && [ ! -L "$1" ] && [ -f "$1/index.html" ]
}
# Names, one a line, of what is in releases/ but is neither a complete release nor an upload
# in progress (*.partial, which only the deploy holding the lock touches).
not_releases() {
  for d in * .[!.]*; do
    [ -e "$d" ] || [ -L "$d" ] || continue
    case $d in *.partial) is_release_name "${d%.partial}" && continue ;; esac
    is_complete_release "$d" || printf "%s\n" "$d"
  done
}
'

die() {
  printf 'Lỗi: %s\n' "$1" >&2
  exit "${2:-1}"
}

say() {
  printf '%s\n' "$1" >&2
}

# Stops with one message naming every missing setting, so the administrator fixes them all at once.
portal_require_settings() {
  local name missing=()
  for name in DEPLOY_HOST DEPLOY_PORT DEPLOY_USER DEPLOY_PATH DEPLOY_SSH_KEY DEPLOY_KNOWN_HOSTS; do
    [[ -n ${!name:-} ]] || missing+=("$name")
  done
  if ((${#missing[@]})); then
    {
      printf 'Lỗi: thiếu biến môi trường: %s.\n' "${missing[*]}"
      printf 'Cần đủ sáu biến:\n'
      printf '  DEPLOY_HOST         tên hoặc địa chỉ máy chủ cổng thông tin\n'
      printf '  DEPLOY_PORT         cổng SSH (thường là 22)\n'
      printf '  DEPLOY_USER         tài khoản SSH trên máy chủ\n'
      printf '  DEPLOY_PATH         thư mục tuyệt đối trên máy chủ chứa releases/ và current\n'
      printf '  DEPLOY_SSH_KEY      đường dẫn tệp khoá SSH riêng\n'
      printf '  DEPLOY_KNOWN_HOSTS  đường dẫn tệp known_hosts đã ghim khoá của máy chủ\n'
    } >&2
    exit 2
  fi

  [[ $DEPLOY_HOST =~ ^[A-Za-z0-9._-]+$|^\[[0-9A-Fa-f:.]+\]$ ]] ||
    die "DEPLOY_HOST không hợp lệ: '$DEPLOY_HOST' (chỉ gồm chữ, số, dấu chấm, gạch ngang; địa chỉ IPv6 đặt trong [ ])." 2
  if ! [[ $DEPLOY_PORT =~ ^[0-9]{1,5}$ ]] || ((10#$DEPLOY_PORT < 1 || 10#$DEPLOY_PORT > 65535)); then
    die "DEPLOY_PORT không hợp lệ: '$DEPLOY_PORT' (phải là số từ 1 đến 65535)." 2
  fi
  [[ $DEPLOY_USER =~ ^[A-Za-z_][A-Za-z0-9_.-]*$ ]] ||
    die "DEPLOY_USER không hợp lệ: '$DEPLOY_USER'." 2
  # The path goes into remote shell commands: a plain absolute path needs no quoting there.
  [[ $DEPLOY_PATH =~ ^/[A-Za-z0-9._/-]*$ && ! $DEPLOY_PATH =~ (^|/)\.\.(/|$) && $DEPLOY_PATH != / ]] ||
    die "DEPLOY_PATH không hợp lệ: '$DEPLOY_PATH' (phải là đường dẫn tuyệt đối, chỉ gồm chữ không dấu, số, . _ - /, không có '..')." 2
  DEPLOY_PATH=${DEPLOY_PATH%/}
  local file
  for file in "$DEPLOY_SSH_KEY" "$DEPLOY_KNOWN_HOSTS"; do
    [[ $file != *[$'"\n']* ]] || die "Đường dẫn tệp không được chứa dấu \" hoặc xuống dòng: '$file'." 2
  done
  [[ -r $DEPLOY_SSH_KEY ]] || die "Không đọc được tệp khoá SSH DEPLOY_SSH_KEY='$DEPLOY_SSH_KEY'." 2
  [[ -s $DEPLOY_KNOWN_HOSTS ]] ||
    die "Tệp known_hosts DEPLOY_KNOWN_HOSTS='$DEPLOY_KNOWN_HOSTS' không có hoặc rỗng: cần ghim sẵn khoá của máy chủ (không tự lấy khoá qua mạng)." 2
}

# Writes a private ssh config so nothing from ~/.ssh or /etc/ssh changes how we connect:
# the host key must already be in DEPLOY_KNOWN_HOSTS, and only DEPLOY_SSH_KEY is offered.
portal_ssh_setup() {
  PORTAL_TMP=$(mktemp -d)
  PORTAL_SSH_CONFIG=$PORTAL_TMP/ssh_config
  cat >"$PORTAL_SSH_CONFIG" <<CONFIG
Host portal
  HostName ${DEPLOY_HOST}
  Port ${DEPLOY_PORT}
  User ${DEPLOY_USER}
  IdentityFile "${DEPLOY_SSH_KEY}"
  IdentitiesOnly yes
  IdentityAgent none
  StrictHostKeyChecking yes
  UserKnownHostsFile "${DEPLOY_KNOWN_HOSTS}"
  GlobalKnownHostsFile /dev/null
  UpdateHostKeys no
  CheckHostIP no
  BatchMode yes
  PasswordAuthentication no
  KbdInteractiveAuthentication no
  ConnectTimeout 15
  ServerAliveInterval 15
  ServerAliveCountMax 4
  LogLevel ERROR
CONFIG
  chmod 600 "$PORTAL_SSH_CONFIG"
}

portal_ssh_cleanup() {
  portal_unlock
  [[ -z ${PORTAL_TMP:-} ]] || rm -rf -- "$PORTAL_TMP"
}

# Runs a POSIX sh script (on stdin) on the server with the given arguments; it does not keep the lock's descriptors.
portal_remote() {
  local script=$1
  shift
  ssh -F "$PORTAL_SSH_CONFIG" portal sh -s -- "$@" <<<"$script" 6<&- 7>&-
}

# The portal's lock: one deploy or rollback at a time works on DEPLOY_PATH. A process on the
# server holds flock(1) on DEPLOY_PATH/.deploy.lock for as long as this script keeps the SSH
# session's input open (fd 7), i.e. for the whole upload and switch. When this script ends,
# however it ends (even killed with SIGKILL), the session closes, that process exits and the
# kernel releases the lock: a killed deploy never leaves a lock behind. Only a connection that
# vanishes without closing (network lost) keeps it until the server's SSH daemon gives up on it.
# The lock file holds who has it, for the message of the one who waits.
# Exit codes of the holder: 69 no flock on the server, 70 cannot open the lock file, 75 still busy.
read -r -d '' PORTAL_LOCK_HOLDER <<'SH' || true
base=$1 wait=$2 action=$3 release=$4
command -v flock >/dev/null 2>&1 || exit 69
# Tried first: a redirection that fails on `exec` would end sh before `|| exit 70`.
mkdir -p "$base" 2>/dev/null && touch "$base/.deploy.lock" 2>/dev/null || exit 70
exec 9>>"$base/.deploy.lock"
if ! flock -n 9; then
  printf 'busy %s\n' "$(head -n 1 "$base/.deploy.lock" 2>/dev/null)"
  flock -w "$wait" 9 || exit 75
fi
printf '%s %s %s\n' "$action" "$release" "$(date -u '+%Y-%m-%d %H:%M:%S')" >"$base/.deploy.lock"
echo locked
exec cat >/dev/null
SH

PORTAL_LOCK_PID="" PORTAL_LOCKED=""

# What the lock file says about its holder, in words.
portal_lock_holder_words() {
  local action="" release="" since=""
  read -r action release since <<<"$1" || true
  case $action in
    deploy) printf 'một lần xuất bản khác (bản %s, bắt đầu lúc %s giờ UTC)' "$release" "$since" ;;
    rollback) printf 'một lần quay lại bản trước (bắt đầu lúc %s giờ UTC)' "$since" ;;
    *) printf 'một lần xuất bản hoặc quay lại khác' ;;
  esac
}

# portal_lock ACTION RELEASE: waits (at most DEPLOY_LOCK_WAIT seconds, 300 by default) for the
# portal's lock, then returns holding it; stops with a message if it cannot get it.
portal_lock() {
  local wait=${DEPLOY_LOCK_WAIT:-300} line status=0
  [[ $wait =~ ^[0-9]{1,5}$ ]] || die "DEPLOY_LOCK_WAIT không hợp lệ: '$wait' (số giây chờ khi máy chủ đang bận)." 2
  mkfifo "$PORTAL_TMP/lock.in" "$PORTAL_TMP/lock.out"
  ssh -F "$PORTAL_SSH_CONFIG" portal sh -s -- "$DEPLOY_PATH" "$wait" "$1" "$2" \
    <"$PORTAL_TMP/lock.in" >"$PORTAL_TMP/lock.out" &
  PORTAL_LOCK_PID=$!
  exec 7>"$PORTAL_TMP/lock.in" 6<"$PORTAL_TMP/lock.out"
  printf '%s\n' "$PORTAL_LOCK_HOLDER" >&7
  while IFS= read -r line <&6; do
    case $line in
      locked)
        PORTAL_LOCKED=1
        return 0
        ;;
      busy*) say "Máy chủ đang bận: $(portal_lock_holder_words "${line#busy }") đang chạy. Chờ tối đa $wait giây…" ;;
    esac
  done
  wait "$PORTAL_LOCK_PID" || status=$?
  PORTAL_LOCK_PID=""
  exec 7>&- 6<&-
  case $status in
    75) die "Sau $wait giây máy chủ vẫn bận (xem ở trên); không làm gì thêm. Hãy chạy lại khi việc kia xong (đặt DEPLOY_LOCK_WAIT để chờ lâu hơn)." 75 ;;
    69) die "Máy chủ không có lệnh flock (gói util-linux), cần để hai lần xuất bản không chạy cùng lúc: hãy nhờ người quản trị máy chủ cài." 4 ;;
    70) die "Không ghi được tệp khoá $DEPLOY_PATH/.deploy.lock trên máy chủ: tài khoản $DEPLOY_USER cần quyền ghi vào $DEPLOY_PATH." 4 ;;
    *) die "Không kết nối được máy chủ qua SSH, hoặc kết nối bị ngắt (mã $status; lý do ở trên)." 4 ;;
  esac
}

# Releases the portal's lock: closes the holder's input and waits (at most 10 s) for it to end.
# Still waiting for the lock (interrupted): the holder is stuck in flock and would not read its
# input, so its SSH client is ended instead; the server side then exits at its next write.
portal_unlock() {
  [[ -n $PORTAL_LOCK_PID ]] || return 0
  exec 7>&- 6<&-
  local n
  if [[ -n $PORTAL_LOCKED ]]; then
    for ((n = 0; n < 50; n++)); do
      kill -0 "$PORTAL_LOCK_PID" 2>/dev/null || break
      sleep 0.2
    done
  fi
  kill "$PORTAL_LOCK_PID" 2>/dev/null || true
  wait "$PORTAL_LOCK_PID" 2>/dev/null || true
  PORTAL_LOCK_PID="" PORTAL_LOCKED=""
}
