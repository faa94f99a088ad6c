"""python -m d2lzh_local [--from DIR]: fill the data cache (see d2lzh_local/download.py).

The command lives here rather than in `python -m d2lzh_local.download`: the package imports that
module, and running an imported module with -m makes Python warn."""
import sys

from .download import main

sys.exit(main())
