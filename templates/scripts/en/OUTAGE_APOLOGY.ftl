Hello, ${name}! We apologise for the service interruption from ${outageStart}<#if outageEnd??> to ${outageEnd}</#if>.
Is everything working now? How can we help?
