<?xml version="1.0" encoding="UTF-8"?>
<!-- "compact": 9.5 pt on narrower margins, for a long career on fewer pages. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="cv-common.xsl"/>

  <xsl:param name="margin">14mm</xsl:param>
  <xsl:param name="bullet-label">–</xsl:param>

  <xsl:attribute-set name="root">
    <xsl:attribute name="font-family">DejaVu Sans</xsl:attribute>
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="name">
    <xsl:attribute name="font-size">16pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="heading">
    <xsl:attribute name="font-size">10.5pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">7pt</xsl:attribute>
    <xsl:attribute name="space-after">2pt</xsl:attribute>
    <xsl:attribute name="border-bottom">0.5pt solid #444444</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="entry">
    <xsl:attribute name="space-before">3pt</xsl:attribute>
  </xsl:attribute-set>
</xsl:stylesheet>
