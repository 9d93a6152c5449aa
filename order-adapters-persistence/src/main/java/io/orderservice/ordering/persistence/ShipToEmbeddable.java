package io.orderservice.ordering.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class ShipToEmbeddable {

    @Column(name = "ship_to_recipient")
    private String recipient;
    @Column(name = "ship_to_line1")
    private String line1;
    @Column(name = "ship_to_line2")
    private String line2;
    @Column(name = "ship_to_city")
    private String city;
    @Column(name = "ship_to_region")
    private String region;
    @Column(name = "ship_to_postal_code")
    private String postalCode;
    @Column(name = "ship_to_country")
    private String countryCode;

    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getLine1() { return line1; }
    public void setLine1(String line1) { this.line1 = line1; }
    public String getLine2() { return line2; }
    public void setLine2(String line2) { this.line2 = line2; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
}
