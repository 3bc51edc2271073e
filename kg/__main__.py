"""``python -m kg`` runs the ``kg`` command line."""

from kg.cli import run

if __name__ == "__main__":
    run()
