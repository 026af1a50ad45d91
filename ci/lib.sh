# Helpers shared by the platform's scripts (ci/, bench/, deploy/): sourced, not run.

# The version every module builds: the root pom's, read from it (the line after its artifactId).
QEETMART_VERSION=$(sed -n '/^  <artifactId>qeetmart<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;q;}' \
  "$(dirname "${BASH_SOURCE[0]}")/../pom.xml")

# The module directory of a service or the gateway: gateway, or services/NAME.
module_dir() { if [ "$1" = gateway ]; then echo gateway; else echo "services/$1"; fi; }

# The runnable jar the build makes for a service or the gateway (what the images run).
runnable_jar() { echo "$(module_dir "$1")/target/$1-$QEETMART_VERSION.jar"; }

# The processes ci/up runs, one "name api-port management-port" each: the services behind the
# gateway, whose /health and /prometheus are on the management port only; the gateway last.
PLATFORM_PROCESSES=("auth 4001 9401" "users 8082 9402" "products 8083 9403" "inventory 8080 9404"
  "gateway 4000 9400")

# Succeeds when something accepts connections on 127.0.0.1:PORT.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Runs a command against the whole platform: starts ci/up (its log in $PLATFORM_LOG), waits until
# the gateway says every service is healthy, runs "$@", stops ci/up; returns the command's status.
# The caller exports what ci/up should see (REDIS_PORT, RATE_LIMIT_PER_MINUTE, ...).
with_platform() {
  local name=$1; shift
  local started=$SECONDS up status=0
  if pgrep -f 'com\.qeetmart\.[a-z]+\.Application' >/dev/null; then
    echo "$name: a QeetMart service is already running"; return 1
  fi
  export QEETMART_ADMIN_EMAIL=${QEETMART_ADMIN_EMAIL:-admin@qeetmart.local}
  export QEETMART_ADMIN_PASSWORD=${QEETMART_ADMIN_PASSWORD:-qeetmart-dev-admin}
  ci/up > "$PLATFORM_LOG" 2>&1 &
  up=$!
  until curl -fsS --max-time 2 http://127.0.0.1:4000/health/services > /dev/null 2>&1; do
    if ! kill -0 "$up" 2>/dev/null || [ $((SECONDS - started)) -ge 180 ]; then
      echo "$name: the platform was not healthy within 180 s"; kill "$up" 2>/dev/null; wait "$up" 2>/dev/null
      tail -n 60 "$PLATFORM_LOG"; return 1
    fi
    sleep 0.5
  done
  echo "$name: platform up in $((SECONDS - started)) s"
  "$@" || status=$?
  kill "$up" 2>/dev/null || true
  wait "$up" 2>/dev/null || true
  if [ "$status" != 0 ]; then tail -n 60 "$PLATFORM_LOG"; fi
  return "$status"
}
