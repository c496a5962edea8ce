<?xml version="1.0" encoding="UTF-8"?>
<!--
  The "classic" CV template: one column, real text (no images, no tables for layout), standard section
  headings, so applicant-tracking systems read it in order. Input: the XML written by CvXml.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/cv">
    <fo:root font-family="Helvetica" font-size="10.5pt" line-height="1.3">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page" page-height="297mm" page-width="210mm"
                               margin-top="18mm" margin-bottom="18mm" margin-left="20mm" margin-right="20mm">
          <fo:region-body/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:title>Curriculum vitae of <xsl:value-of select="header/name"/></dc:title>
              <dc:creator><xsl:value-of select="header/name"/></dc:creator>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <fo:page-sequence master-reference="page" language="en">
        <fo:flow flow-name="xsl-region-body">
          <xsl:apply-templates select="header"/>
          <xsl:apply-templates select="summary"/>
          <xsl:apply-templates select="skills[skill]"/>
          <xsl:apply-templates select="section"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template match="header">
    <fo:block font-size="20pt" font-weight="bold" space-after="2pt"><xsl:value-of select="name"/></fo:block>
    <fo:block space-after="2pt">
      <xsl:for-each select="email | phone | location">
        <xsl:if test="position() &gt; 1"> | </xsl:if>
        <xsl:value-of select="."/>
      </xsl:for-each>
    </fo:block>
    <xsl:for-each select="link">
      <fo:block><xsl:value-of select="."/></fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="heading">
    <xsl:param name="text"/>
    <fo:block font-size="12pt" font-weight="bold" space-before="10pt" space-after="3pt"
              border-bottom="0.5pt solid #444444" keep-with-next.within-page="always">
      <xsl:value-of select="$text"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="summary">
    <xsl:call-template name="heading"><xsl:with-param name="text">Summary</xsl:with-param></xsl:call-template>
    <fo:block><xsl:value-of select="."/></fo:block>
  </xsl:template>

  <xsl:template match="skills">
    <xsl:call-template name="heading"><xsl:with-param name="text">Skills</xsl:with-param></xsl:call-template>
    <fo:block>
      <xsl:for-each select="skill">
        <xsl:if test="position() &gt; 1">, </xsl:if>
        <xsl:value-of select="."/>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <xsl:template match="section">
    <xsl:call-template name="heading"><xsl:with-param name="text" select="@title"/></xsl:call-template>
    <xsl:apply-templates select="entry"/>
  </xsl:template>

  <xsl:template match="entry">
    <fo:block space-before="5pt" keep-with-next.within-page="always">
      <fo:inline font-weight="bold"><xsl:value-of select="title"/></fo:inline>
      <xsl:if test="organisation">, <xsl:value-of select="organisation"/></xsl:if>
      <xsl:if test="dates"> (<xsl:value-of select="dates"/>)</xsl:if>
    </fo:block>
    <xsl:if test="bullet">
      <fo:list-block provisional-distance-between-starts="10pt" provisional-label-separation="4pt">
        <xsl:for-each select="bullet">
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()"><fo:block>-</fo:block></fo:list-item-label>
            <fo:list-item-body start-indent="body-start()"><fo:block><xsl:value-of select="."/></fo:block></fo:list-item-body>
          </fo:list-item>
        </xsl:for-each>
      </fo:list-block>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
