from reporter.cli import main

main()
