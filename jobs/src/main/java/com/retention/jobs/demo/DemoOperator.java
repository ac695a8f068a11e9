package com.retention.jobs.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A generated operator for any size and seed. Each table is a separate pass that regenerates what
 * it needs from the seed, so a million subscribers stream through without being held in memory.
 */
public final class DemoOperator {

    /** The tables in load order (parents before children). */
    public static final String[] TABLES = {"tariff", "area", "account", "subscriber", "usage_month", "invoice",
            "payment", "ticket", "outage", "dnc"};

    private final DemoSpec spec;
    private final AreaPlan areas;
    private final AccountPlan accounts;
    private final UsageModel usage;
    private final BillingModel billing;
    private final TicketModel tickets;
    private final DncPlan dnc;

    public DemoOperator(DemoSpec spec) {
        this.spec = spec;
        this.areas = new AreaPlan(spec);
        this.accounts = new AccountPlan(spec, areas);
        this.usage = new UsageModel(spec);
        this.billing = new BillingModel(spec, usage);
        this.tickets = new TicketModel(spec);
        this.dnc = new DncPlan(spec, accounts.phones());
    }

    public DemoSpec spec() {
        return spec;
    }

    public void tariffs(Consumer<DemoTariff> out) {
        TariffCatalog.ALL.forEach(out);
    }

    public void areas(Consumer<DemoArea> out) {
        areas.areas().forEach(out);
    }

    public void accounts(Consumer<DemoAccount> out) {
        accounts.forEach(out);
    }

    public void subscribers(Consumer<DemoSubscriber> out) {
        accounts.forEach(a -> a.subscribers().forEach(out));
    }

    public void usage(Consumer<UsageRow> out) {
        subscribers(s -> usage.forSubscriber(s, out));
    }

    public void invoices(Consumer<InvoiceRow> out) {
        accounts.forEach(a -> billing.forAccount(a, out, p -> { }));
    }

    public void payments(Consumer<PaymentRow> out) {
        accounts.forEach(a -> billing.forAccount(a, i -> { }, out));
    }

    public void tickets(Consumer<TicketRow> out) {
        subscribers(s -> tickets.forSubscriber(s, out));
    }

    public void outages(Consumer<OutageRow> out) {
        new OutagePlan(spec, areas).rows().forEach(out);
    }

    public void dnc(Consumer<DncRow> out) {
        subscribers(s -> dnc.forSubscriber(s, out));
        dnc.strangers(out);
    }

    /** How many rows each table gets, by running every pass without writing anything. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("tariff", count(c -> tariffs(x -> c.run())));
        counts.put("area", count(c -> areas(x -> c.run())));
        counts.put("account", count(c -> accounts(x -> c.run())));
        counts.put("subscriber", count(c -> subscribers(x -> c.run())));
        counts.put("usage_month", count(c -> usage(x -> c.run())));
        counts.put("invoice", count(c -> invoices(x -> c.run())));
        counts.put("payment", count(c -> payments(x -> c.run())));
        counts.put("ticket", count(c -> tickets(x -> c.run())));
        counts.put("outage", count(c -> outages(x -> c.run())));
        counts.put("dnc", count(c -> dnc(x -> c.run())));
        return counts;
    }

    private static long count(Consumer<Runnable> pass) {
        AtomicLong n = new AtomicLong();
        pass.accept(n::incrementAndGet);
        return n.get();
    }
}
