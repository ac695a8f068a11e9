package com.retention.jobs.delivery.sms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.jsmpp.PDUStringException;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * A small SMSC on loopback, on jSMPP's server side, for {@code demo --deliver}, the SMS benchmark and the
 * tests: accepts transceiver binds, answers every submit_sm with an id (or the error a rule gives), and
 * sends a delivery receipt for each accepted part; a receipt that cannot go because the bind is gone
 * waits for the next bind, as a real SMSC keeps it. It can drop the bind once, on a given submit, without
 * answering it.
 */
public final class LoopbackSmsc implements AutoCloseable {

    /** One submit_sm as the SMSC took it. */
    public record Received(String destination, byte[] shortMessage, byte esmClass, byte dataCoding, String messageId) {
    }

    private record Receipt(String messageId, String destination, String source, DeliveryReceiptState state) {
    }

    private final SMPPServerSessionListener listener;
    private final Thread acceptor;
    private final Thread receiptSender;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final BlockingDeque<Receipt> receipts = new LinkedBlockingDeque<>();
    // ids differ from one run to the next, as a real SMSC's do over its lifetime
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() << 8);
    private final AtomicInteger submits = new AtomicInteger();
    private final AtomicInteger binds = new AtomicInteger();
    private volatile ToIntFunction<String> refusal = destination -> 0;
    private volatile java.util.function.Function<String, DeliveryReceiptState> outcome =
            destination -> DeliveryReceiptState.DELIVRD;
    private volatile int dropOnSubmit = -1;
    private volatile SMPPServerSession current;
    private volatile boolean closed;

    public LoopbackSmsc() throws IOException {
        listener = new SMPPServerSessionListener(freePort());
        listener.setMessageReceiverListener(new Handler());
        acceptor = new Thread(this::acceptLoop, "loopback-smsc-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        receiptSender = new Thread(this::receiptLoop, "loopback-smsc-receipts");
        receiptSender.setDaemon(true);
        receiptSender.start();
    }

    /** jSMPP's listener does not tell the port it got for 0: ask the system for a free one first. */
    private static int freePort() throws IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    public int port() {
        return listener.getPort();
    }

    /** The command status to answer a submit to this number with; 0 = accept. */
    public LoopbackSmsc refuse(ToIntFunction<String> rule) {
        this.refusal = rule;
        return this;
    }

    /** The receipt state of an accepted submit to this number (DELIVRD unless said otherwise). */
    public LoopbackSmsc receipts(java.util.function.Function<String, DeliveryReceiptState> rule) {
        this.outcome = rule;
        return this;
    }

    /** The next message ids follow this one (an SMSC that starts its ids again). */
    public LoopbackSmsc idsAfter(long id) {
        ids.set(id);
        return this;
    }

    /** Closes the bind, without answering, when the n-th submit_sm (from 1, all binds counted) arrives. */
    public LoopbackSmsc dropBindOnSubmit(int n) {
        this.dropOnSubmit = n;
        return this;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    public int binds() {
        return binds.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SMPPServerSession session = listener.accept();
                BindRequest bind = session.waitForBind(5_000);
                bind.accept("loopback");
                sessions.add(session);
                current = session;
                binds.incrementAndGet();
            } catch (Exception e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void receiptLoop() {
        while (!closed) {
            Receipt receipt;
            try {
                receipt = receipts.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (receipt == null) {
                continue;
            }
            SMPPServerSession session = current;
            boolean sent = false;
            if (session != null && session.getSessionState().isBound()) {
                try {
                    Date now = new Date();
                    DeliveryReceipt text = new DeliveryReceipt(receipt.messageId(), 1,
                            receipt.state() == DeliveryReceiptState.DELIVRD ? 1 : 0, now, now, receipt.state(),
                            receipt.state() == DeliveryReceiptState.DELIVRD ? "000" : "001", "");
                    session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                            receipt.destination(), TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN,
                            receipt.source(), new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT,
                                    GSMSpecificFeature.DEFAULT), (byte) 0, (byte) 0, new RegisteredDelivery(0),
                            new GeneralDataCoding(), text.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    sent = true;
                } catch (Exception e) {
                    sent = false;
                }
            }
            if (!sent && !closed) {
                receipts.addFirst(receipt); // kept, in order, for the next bind
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (SMPPServerSession session : sessions) {
            session.close();
        }
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        acceptor.interrupt();
        receiptSender.interrupt();
    }

    private final class Handler implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
                throws ProcessRequestException {
            int n = submits.incrementAndGet();
            if (n == dropOnSubmit) {
                source.close();
                throw new ProcessRequestException("bind dropped", 0x08);
            }
            int status = refusal.applyAsInt(submitSm.getDestAddress());
            if (status != 0) {
                throw new ProcessRequestException("refused", status);
            }
            String id = Long.toHexString(ids.incrementAndGet());
            received.add(new Received(submitSm.getDestAddress(), submitSm.getShortMessage(), submitSm.getEsmClass(),
                    submitSm.getDataCoding(), id));
            receipts.add(new Receipt(id, submitSm.getDestAddress(), submitSm.getSourceAddr(),
                    outcome.apply(submitSm.getDestAddress())));
            try {
                return new SubmitSmResult(new MessageId(id), null);
            } catch (PDUStringException e) {
                throw new ProcessRequestException(e.getMessage(), 0x08);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }
    }
}
