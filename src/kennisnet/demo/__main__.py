"""python -m kennisnet.demo: write resources/demo/demo.kennisnet again."""

from kennisnet.demo.generate import main

main()
