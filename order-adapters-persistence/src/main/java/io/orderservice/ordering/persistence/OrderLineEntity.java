package io.orderservice.ordering.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "order_lines")
class OrderLineEntity {

    /** Pooled sequence (50 ids per round trip) so that line inserts can be batched; IDENTITY would forbid it. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_lines_seq")
    @SequenceGenerator(name = "order_lines_seq", sequenceName = "order_lines_seq", allocationSize = 50)
    private Long id;
    private int lineNumber;
    private String sku;
    private String name;
    private int quantity;
    private long unitPriceMinor;
    private long lineTotalMinor;
    private int shippedQuantity;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public int getLineNumber() { return lineNumber; }
    public void setLineNumber(int lineNumber) { this.lineNumber = lineNumber; }
    public String getSku() { return sku; }
    public void setSku(String sku) { this.sku = sku; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getQuantity() { return quantity; }
    public void setQuantity(int quantity) { this.quantity = quantity; }
    public long getUnitPriceMinor() { return unitPriceMinor; }
    public void setUnitPriceMinor(long unitPriceMinor) { this.unitPriceMinor = unitPriceMinor; }
    public long getLineTotalMinor() { return lineTotalMinor; }
    public void setLineTotalMinor(long lineTotalMinor) { this.lineTotalMinor = lineTotalMinor; }
    public int getShippedQuantity() { return shippedQuantity; }
    public void setShippedQuantity(int shippedQuantity) { this.shippedQuantity = shippedQuantity; }
}
