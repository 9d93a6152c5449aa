package io.orderservice.ordering.persistence;

import io.orderservice.ordering.domain.price.PriceDetails;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row of {@code orders}. An adapter class: the domain's {@code Order} never sees it. */
@Entity
@Table(name = "orders")
class OrderEntity {

    @Id
    private UUID id;
    private String customerId;
    private String status;
    private String currency;
    private long subtotalMinor;
    private long discountMinor;
    private long taxMinor;
    private long shippingMinor;
    private long grandTotalMinor;
    private boolean taxIncluded;
    private String shippingCarrier;
    private String shippingService;
    private LocalDate deliveryEarliest;
    private LocalDate deliveryLatest;
    private long taxReliefMinor;
    /** {@link PriceDetailsDocument} as JSON, or null for an order priced without tax or promotions. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String priceDetails;
    /** What {@link #priceDetails} said when the row was read, so a save need not parse the JSON again to compare. */
    @Transient
    private PriceDetails priceDetailsAsRead;
    @Embedded
    private ShipToEmbeddable shipTo;
    private String deliveryInstructions;
    private LocalDate requestedDeliveryDate;
    private String paymentReference;
    private long capturedMinor;
    private long refundedMinor;
    private boolean paymentDisputed;
    private Long creditMinor;
    private UUID creditReturnId;
    private UUID creditOrderId;
    private boolean awaitingReturn;
    private Instant placedAt;
    private Instant updatedAt;

    /** Null until persisted: Spring Data then persists instead of merging, which would SELECT first. */
    @Version
    private Long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("lineNumber")
    private List<OrderLineEntity> lines = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<StatusHistoryEntity> history = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("requestedAt, id")
    private List<RefundEntity> refunds = new ArrayList<>();

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public String getDeliveryInstructions() { return deliveryInstructions; }
    public void setDeliveryInstructions(String deliveryInstructions) { this.deliveryInstructions = deliveryInstructions; }
    public LocalDate getRequestedDeliveryDate() { return requestedDeliveryDate; }
    public void setRequestedDeliveryDate(LocalDate requestedDeliveryDate) { this.requestedDeliveryDate = requestedDeliveryDate; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public long getSubtotalMinor() { return subtotalMinor; }
    public void setSubtotalMinor(long subtotalMinor) { this.subtotalMinor = subtotalMinor; }
    public long getDiscountMinor() { return discountMinor; }
    public void setDiscountMinor(long discountMinor) { this.discountMinor = discountMinor; }
    public long getTaxMinor() { return taxMinor; }
    public void setTaxMinor(long taxMinor) { this.taxMinor = taxMinor; }
    public long getShippingMinor() { return shippingMinor; }
    public void setShippingMinor(long shippingMinor) { this.shippingMinor = shippingMinor; }
    public String getShippingCarrier() { return shippingCarrier; }
    public void setShippingCarrier(String shippingCarrier) { this.shippingCarrier = shippingCarrier; }
    public String getShippingService() { return shippingService; }
    public void setShippingService(String shippingService) { this.shippingService = shippingService; }
    public LocalDate getDeliveryEarliest() { return deliveryEarliest; }
    public void setDeliveryEarliest(LocalDate deliveryEarliest) { this.deliveryEarliest = deliveryEarliest; }
    public LocalDate getDeliveryLatest() { return deliveryLatest; }
    public void setDeliveryLatest(LocalDate deliveryLatest) { this.deliveryLatest = deliveryLatest; }
    public boolean isTaxIncluded() { return taxIncluded; }
    public void setTaxIncluded(boolean taxIncluded) { this.taxIncluded = taxIncluded; }
    public long getTaxReliefMinor() { return taxReliefMinor; }
    public void setTaxReliefMinor(long taxReliefMinor) { this.taxReliefMinor = taxReliefMinor; }
    public String getPriceDetails() { return priceDetails; }
    public void setPriceDetails(String priceDetails) { this.priceDetails = priceDetails; }
    public PriceDetails getPriceDetailsAsRead() { return priceDetailsAsRead; }
    public void setPriceDetailsAsRead(PriceDetails priceDetailsAsRead) { this.priceDetailsAsRead = priceDetailsAsRead; }
    public long getGrandTotalMinor() { return grandTotalMinor; }
    public void setGrandTotalMinor(long grandTotalMinor) { this.grandTotalMinor = grandTotalMinor; }
    public ShipToEmbeddable getShipTo() { return shipTo; }
    public void setShipTo(ShipToEmbeddable shipTo) { this.shipTo = shipTo; }
    public String getPaymentReference() { return paymentReference; }
    public void setPaymentReference(String paymentReference) { this.paymentReference = paymentReference; }
    public long getCapturedMinor() { return capturedMinor; }
    public void setCapturedMinor(long capturedMinor) { this.capturedMinor = capturedMinor; }
    public long getRefundedMinor() { return refundedMinor; }
    public void setRefundedMinor(long refundedMinor) { this.refundedMinor = refundedMinor; }
    public boolean isPaymentDisputed() { return paymentDisputed; }
    public void setPaymentDisputed(boolean paymentDisputed) { this.paymentDisputed = paymentDisputed; }
    public Long getCreditMinor() { return creditMinor; }
    public void setCreditMinor(Long creditMinor) { this.creditMinor = creditMinor; }
    public UUID getCreditReturnId() { return creditReturnId; }
    public void setCreditReturnId(UUID creditReturnId) { this.creditReturnId = creditReturnId; }
    public UUID getCreditOrderId() { return creditOrderId; }
    public void setCreditOrderId(UUID creditOrderId) { this.creditOrderId = creditOrderId; }
    public boolean isAwaitingReturn() { return awaitingReturn; }
    public void setAwaitingReturn(boolean awaitingReturn) { this.awaitingReturn = awaitingReturn; }
    public Instant getPlacedAt() { return placedAt; }
    public void setPlacedAt(Instant placedAt) { this.placedAt = placedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public List<OrderLineEntity> getLines() { return lines; }
    public void setLines(List<OrderLineEntity> lines) { this.lines = lines; }
    public List<StatusHistoryEntity> getHistory() { return history; }
    public void setHistory(List<StatusHistoryEntity> history) { this.history = history; }
    public List<RefundEntity> getRefunds() { return refunds; }
    public void setRefunds(List<RefundEntity> refunds) { this.refunds = refunds; }
}
