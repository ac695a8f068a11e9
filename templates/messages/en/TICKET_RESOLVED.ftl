The fault you reported has been fixed. If the service is still poor, please call us. Thank you for your patience!
