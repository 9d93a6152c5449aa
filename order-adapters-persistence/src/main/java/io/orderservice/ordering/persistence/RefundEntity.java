package io.orderservice.ordering.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row of {@code order_refund}, with its lines. Only its settlement (status, failure, settled_at) and its retry ever change. */
@Entity
@Table(name = "order_refund")
class RefundEntity {

    @Id
    private UUID id;
    private String kind;
    private String reasonCode;
    private long amountMinor;
    @Column(name = "includes_shipping")
    private boolean shipping;
    private String status;
    private String failure;
    private String requestedByKind;
    private String requestedById;
    private Instant requestedAt;
    private Instant settledAt;
    private String reference;
    private UUID retriedAs;

    @ElementCollection
    @CollectionTable(name = "order_refund_line", joinColumns = @JoinColumn(name = "refund_id"))
    private List<Line> lines = new ArrayList<>();

    @Embeddable
    static class Line {
        private int lineNumber;
        private int quantity;
        private long amountMinor;

        public int getLineNumber() { return lineNumber; }
        public void setLineNumber(int lineNumber) { this.lineNumber = lineNumber; }
        public int getQuantity() { return quantity; }
        public void setQuantity(int quantity) { this.quantity = quantity; }
        public long getAmountMinor() { return amountMinor; }
        public void setAmountMinor(long amountMinor) { this.amountMinor = amountMinor; }
    }

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getReasonCode() { return reasonCode; }
    public void setReasonCode(String reasonCode) { this.reasonCode = reasonCode; }
    public long getAmountMinor() { return amountMinor; }
    public void setAmountMinor(long amountMinor) { this.amountMinor = amountMinor; }
    public boolean isShipping() { return shipping; }
    public void setShipping(boolean shipping) { this.shipping = shipping; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getFailure() { return failure; }
    public void setFailure(String failure) { this.failure = failure; }
    public String getRequestedByKind() { return requestedByKind; }
    public void setRequestedByKind(String requestedByKind) { this.requestedByKind = requestedByKind; }
    public String getRequestedById() { return requestedById; }
    public void setRequestedById(String requestedById) { this.requestedById = requestedById; }
    public Instant getRequestedAt() { return requestedAt; }
    public void setRequestedAt(Instant requestedAt) { this.requestedAt = requestedAt; }
    public Instant getSettledAt() { return settledAt; }
    public void setSettledAt(Instant settledAt) { this.settledAt = settledAt; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public UUID getRetriedAs() { return retriedAs; }
    public void setRetriedAs(UUID retriedAs) { this.retriedAs = retriedAs; }
    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }
}
