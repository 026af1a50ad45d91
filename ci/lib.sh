# Helpers shared by the platform's scripts (ci/, bench/, deploy/): sourced, not run.

# The version every module builds (the root pom's).
QEETMART_VERSION=0.1.0-SNAPSHOT

# The module directory of a service or the gateway: gateway, or services/NAME.
module_dir() { if [ "$1" = gateway ]; then echo gateway; else echo "services/$1"; fi; }

# The runnable jar the build makes for a service or the gateway (what the images run).
runnable_jar() { echo "$(module_dir "$1")/target/$1-$QEETMART_VERSION.jar"; }

# Succeeds when something accepts connections on 127.0.0.1:PORT.
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
