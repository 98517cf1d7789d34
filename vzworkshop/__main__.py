from vzworkshop.cli import main

raise SystemExit(main())
