Service restored at ${outageEnd}. Thank you for your patience!
