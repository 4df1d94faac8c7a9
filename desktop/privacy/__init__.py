"""What of a free-text note may leave the laptop: the scrubber and the district's notes policy."""
