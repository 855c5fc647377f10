import sys

from receiving_desk.cli import main

sys.exit(main())
