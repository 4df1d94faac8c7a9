"""Training mode (plain Python): case library, trainers' cases, quiz, what-if, lesson."""
