package io.orderservice.ordering.persistence;

import jakarta.persistence.CollectionTable;
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

/** Row of {@code order_shipment}, with its lines. Written once, never changed. */
@Entity
@Table(name = "order_shipment")
class ShipmentEntity {

    @Id
    private UUID id;
    private String carrier;
    private String trackingNumber;
    private String trackingUrl;
    private Instant shippedAt;
    private String location;
    private Instant deliveredAt;

    @ElementCollection
    @CollectionTable(name = "order_shipment_line", joinColumns = @JoinColumn(name = "shipment_id"))
    private List<Line> lines = new ArrayList<>();

    @Embeddable
    static class Line {
        private int lineNumber;
        private int quantity;

        public int getLineNumber() { return lineNumber; }
        public void setLineNumber(int lineNumber) { this.lineNumber = lineNumber; }
        public int getQuantity() { return quantity; }
        public void setQuantity(int quantity) { this.quantity = quantity; }
    }

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getCarrier() { return carrier; }
    public void setCarrier(String carrier) { this.carrier = carrier; }
    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String trackingNumber) { this.trackingNumber = trackingNumber; }
    public String getTrackingUrl() { return trackingUrl; }
    public void setTrackingUrl(String trackingUrl) { this.trackingUrl = trackingUrl; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public void setDeliveredAt(Instant deliveredAt) { this.deliveredAt = deliveredAt; }
    public Instant getShippedAt() { return shippedAt; }
    public void setShippedAt(Instant shippedAt) { this.shippedAt = shippedAt; }
    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }
}
