Hello, ${name}! We are letting you know about planned maintenance ${outageWindow}: service may be
interrupted. Do you have any questions or needs for that time?
