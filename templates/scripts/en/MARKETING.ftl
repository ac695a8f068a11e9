Hello, ${name}! We are calling about our ${campaign} offer.<#if offerTariff??> We suggest the "${offerTariff}" plan.</#if>
<#if note??>${note}</#if>
