import subprocess
import sys

from tests.support.processes import ROOT, manage, project_env


def run_check(**env):
    return manage("check", env=project_env(**env), timeout=60)


def test_start_up_refuses_without_secret_key_when_debug_is_off():
    result = run_check(DJANGO_DEBUG="0", DJANGO_ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_start_up_accepts_secret_key_when_debug_is_off():
    result = run_check(
        DJANGO_DEBUG="0", DJANGO_SECRET_KEY="x" * 60, DJANGO_ALLOWED_HOSTS="example.org"
    )
    assert result.returncode == 0, result.stderr


def test_invalid_boolean_is_named():
    result = run_check(DJANGO_DEBUG="maybe")
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be one of" in result.stderr


def test_sqlite_runs_in_wal_mode_with_busy_timeout(db):
    from django.db import connection

    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        mode = cursor.fetchone()[0]
        cursor.execute("PRAGMA busy_timeout")
        timeout = cursor.fetchone()[0]
    # In-memory test databases cannot use WAL; the file database does (see below).
    assert mode in {"wal", "memory"}
    assert timeout >= 5000


def test_file_database_uses_wal(tmp_path):
    db_file = tmp_path / "wal-check.sqlite3"
    code = (
        "import django; django.setup();"
        "from django.db import connection;"
        "c = connection.cursor(); c.execute('PRAGMA journal_mode'); print(c.fetchone()[0])"
    )
    environment = project_env(
        DATABASE_URL=f"sqlite:///{db_file}", DJANGO_SETTINGS_MODULE="config.settings"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert result.stdout.strip() == "wal", result.stderr
