# shellcheck shell=bash
# Shared by deploy.sh and rollback.sh: checks the DEPLOY_* settings and talks to the portal over SSH.
# Sourced, not run. Messages are in Vietnamese: the portal administrator reads them.

# shellcheck disable=SC2034  # used by the scripts that source this file
# Release folders are named <UTC timestamp>-<git short sha>; only such names are ever listed or deleted.
RELEASE_GLOB='[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z-*'

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
  [[ -z ${PORTAL_TMP:-} ]] || rm -rf -- "$PORTAL_TMP"
}

# Runs a POSIX sh script (on stdin) on the server with the given arguments.
portal_remote() {
  local script=$1
  shift
  ssh -F "$PORTAL_SSH_CONFIG" portal sh -s -- "$@" <<<"$script"
}
