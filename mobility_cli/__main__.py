from mobility_cli.cli.main import main

main()
