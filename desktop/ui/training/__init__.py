"""The trainer's screens: case library, stepper, quiz, what-if, lesson and presentation mode."""
