"""Training recipes for Kuona's demonstration models (ONNX + card + background)."""
