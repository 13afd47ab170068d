-- PortalDesk: prepare a shared PostgreSQL database for several workstations and kiosks.
--
-- Run once by a database administrator (a superuser, or a role with CREATEDB and CREATEROLE), with psql:
--
--   psql -h DBSERVER -U postgres -v app_password='A-LONG-RANDOM-PASSWORD' -f postgres-setup.sql
--
-- Optional: -v db_name=portaldesk -v app_role=portaldesk_app -v schema_name=portaldesk (the defaults).
-- Running it again is safe: it creates what is missing, re-applies the privileges and sets the password given,
-- which is how the password is changed.
--
-- What PortalDesk gets, and no more: one login role that may connect to this one database and owns one schema
-- in it, where PortalDesk creates and upgrades its tables (Flyway, on the first start of each new version).
-- It cannot create databases or roles, is not a superuser, cannot create anything in the public schema, and no
-- other role may connect to the database unless an administrator grants it.

\set ON_ERROR_STOP on

\if :{?app_password}
\else
  -- An error, not a quiet exit, so a script that runs this one stops too.
  DO $$ BEGIN RAISE EXCEPTION 'Give the password for PortalDesk''s role: psql ... -v app_password=''...'' -f postgres-setup.sql'; END $$;
\endif
\if :{?db_name}
\else
  \set db_name portaldesk
\endif
\if :{?app_role}
\else
  \set app_role portaldesk_app
\endif
\if :{?schema_name}
\else
  \set schema_name portaldesk
\endif

-- The login role: no superuser, no CREATEDB/CREATEROLE, no replication; a few connections per workstation
-- (db.pool-size, 4 by default) is plenty for a small firm, and a cap stops one runaway PC starving the server.
SELECT format('CREATE ROLE %I LOGIN', :'app_role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app_role') \gexec
ALTER ROLE :"app_role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    CONNECTION LIMIT 100 PASSWORD :'app_password';

-- The database belongs to the administrator, not to PortalDesk's role.
SELECT format('CREATE DATABASE %I ENCODING ''UTF8'' TEMPLATE template0', :'db_name')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db_name') \gexec
REVOKE ALL ON DATABASE :"db_name" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db_name" TO :"app_role";

\connect :"db_name"

-- PortalDesk's tables live in their own schema, owned by its role; the public schema stays closed to it.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA IF NOT EXISTS :"schema_name" AUTHORIZATION :"app_role";
ALTER SCHEMA :"schema_name" OWNER TO :"app_role";
REVOKE ALL ON SCHEMA :"schema_name" FROM PUBLIC;
ALTER ROLE :"app_role" IN DATABASE :"db_name" SET search_path = :"schema_name";
-- A workstation that loses its network mid-transaction must not hold locks for everyone else.
ALTER ROLE :"app_role" IN DATABASE :"db_name" SET idle_in_transaction_session_timeout = '5min';

\echo
\echo 'PortalDesk''s database is ready. On each workstation, in /etc/portaldesk/config.properties'
\echo '(or %ProgramData%\\PortalDesk\\config.properties on Windows):'
\echo
-- The server's name as the administrator typed it (what its certificate is made out to), not its address.
SELECT format('db.url=jdbc:postgresql://%s:%s/%s?sslmode=verify-full&sslrootcert=CA-FILE',
              CASE WHEN :'HOST' LIKE '/%' THEN 'DBSERVER' ELSE :'HOST' END,
              current_setting('port'), current_database()) AS "add these lines"
UNION ALL SELECT format('db.user=%s', :'app_role')
UNION ALL SELECT 'db.password=(the app_password given to this script)';
