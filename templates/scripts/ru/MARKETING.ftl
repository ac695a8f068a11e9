Здравствуйте, ${name}! Звоним вам по акции ${campaign}.<#if offerTariff??> Предлагаем тариф «${offerTariff}».</#if>
<#if note??>${note}</#if>
