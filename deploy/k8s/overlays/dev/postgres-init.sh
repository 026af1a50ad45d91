#!/bin/sh
# Creates one database and one login role per service, each role owning its database, so a
# service's credentials reach its own data only. Flyway (inside each service, at start) creates
# the schema; nothing else is needed.
#
# Run by the official postgres image from /docker-entrypoint-initdb.d on an EMPTY data directory
# only (Compose: deploy/compose; Kubernetes dev overlay: a copy in deploy/k8s/overlays/dev/,
# kept identical by ci/deploy-check). Role names and passwords come from the environment:
#   AUTH_DB_USER/AUTH_DB_PASSWORD, USERS_DB_USER/USERS_DB_PASSWORD,
#   PRODUCTS_DB_USER/PRODUCTS_DB_PASSWORD, INVENTORY_DB_USER/INVENTORY_DB_PASSWORD
set -eu

create() { # database role password [extension]
  # psql variables (:'x' quotes a literal, format %I/%L quotes identifiers/literals): no
  # password ever appears in a command line or needs shell escaping.
  psql -v ON_ERROR_STOP=1 -q --username "$POSTGRES_USER" --dbname postgres \
       -v db="$1" -v role="$2" -v pw="$3" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db') \gexec
SQL
  if [ -n "${4:-}" ]; then
    # pg_trgm is a trusted extension (an owner may create it), created here anyway so the
    # migrations' CREATE EXTENSION IF NOT EXISTS is a no-op on any PostgreSQL setup.
    psql -v ON_ERROR_STOP=1 -q --username "$POSTGRES_USER" --dbname "$1" \
         -c "CREATE EXTENSION IF NOT EXISTS $4"
  fi
  echo "postgres-init: database $1 owned by $2"
}

create auth_db   "${AUTH_DB_USER:-qeetmart_auth}"           "${AUTH_DB_PASSWORD:?AUTH_DB_PASSWORD is not set}"
create user_db   "${USERS_DB_USER:-qeetmart_users}"         "${USERS_DB_PASSWORD:?USERS_DB_PASSWORD is not set}"         pg_trgm
create product_db "${PRODUCTS_DB_USER:-qeetmart_products}"  "${PRODUCTS_DB_PASSWORD:?PRODUCTS_DB_PASSWORD is not set}"   pg_trgm
create inventory "${INVENTORY_DB_USER:-qeetmart_inventory}" "${INVENTORY_DB_PASSWORD:?INVENTORY_DB_PASSWORD is not set}"
