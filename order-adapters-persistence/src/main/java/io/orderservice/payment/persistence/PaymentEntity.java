package io.orderservice.payment.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row of {@code payment}. */
@Entity
@Table(name = "payment")
class PaymentEntity {

    @Id
    private UUID id;
    private UUID orderId;
    private String customerId;
    private String currency;
    private long amountMinor;
    private long capturedMinor;
    private long refundedMinor;
    private String methodType;
    private String token;
    private String gateway;
    private String status;
    private boolean disputed;
    private boolean replaced;
    private boolean proposed;
    private Instant createdAt;
    private Instant updatedAt;

    /** Null until persisted, so Spring Data persists instead of merging. */
    @Version
    private Long version;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "payment_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<PaymentTransactionEntity> transactions = new ArrayList<>();

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getOrderId() { return orderId; }
    public void setOrderId(UUID orderId) { this.orderId = orderId; }
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public long getAmountMinor() { return amountMinor; }
    public void setAmountMinor(long amountMinor) { this.amountMinor = amountMinor; }
    public long getCapturedMinor() { return capturedMinor; }
    public void setCapturedMinor(long capturedMinor) { this.capturedMinor = capturedMinor; }
    public long getRefundedMinor() { return refundedMinor; }
    public void setRefundedMinor(long refundedMinor) { this.refundedMinor = refundedMinor; }
    public String getMethodType() { return methodType; }
    public void setMethodType(String methodType) { this.methodType = methodType; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getGateway() { return gateway; }
    public void setGateway(String gateway) { this.gateway = gateway; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public boolean isDisputed() { return disputed; }
    public void setDisputed(boolean disputed) { this.disputed = disputed; }
    public boolean isReplaced() { return replaced; }
    public void setReplaced(boolean replaced) { this.replaced = replaced; }
    public boolean isProposed() { return proposed; }
    public void setProposed(boolean proposed) { this.proposed = proposed; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public List<PaymentTransactionEntity> getTransactions() { return transactions; }
    public void setTransactions(List<PaymentTransactionEntity> transactions) { this.transactions = transactions; }
}
