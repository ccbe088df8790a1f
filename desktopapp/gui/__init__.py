"""The Qt desktop GUI. Reads catalogues only through `desktopapp.catalogue`."""
