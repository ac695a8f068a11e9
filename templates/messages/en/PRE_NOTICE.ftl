Planned maintenance ${outageWindow}: service may be interrupted. Sorry for the inconvenience.
