<?xml version="1.0" encoding="UTF-8"?>
<!--
  What every CV template shares: one column in reading order, real text in an embedded font (DejaVu Sans, its
  bold face for headings), the standard section headings, entries and bullets that never split across pages,
  header links as links. A template imports this and overrides the attribute sets and parameters it styles.
  Input: the XML written by CvXml (user text arrives as text nodes, so markup in it prints literally).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:fox="http://xmlgraphics.apache.org/fop/extensions">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:param name="margin">20mm</xsl:param>
  <xsl:param name="bullet-label">•</xsl:param>

  <xsl:attribute-set name="root">
    <xsl:attribute name="font-family">DejaVu Sans</xsl:attribute>
    <xsl:attribute name="font-size">10.5pt</xsl:attribute>
    <xsl:attribute name="line-height">1.3</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="name">
    <xsl:attribute name="font-size">20pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-after">2pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="heading">
    <xsl:attribute name="font-size">12pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">10pt</xsl:attribute>
    <xsl:attribute name="space-after">3pt</xsl:attribute>
    <xsl:attribute name="border-bottom">0.5pt solid #444444</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="entry">
    <xsl:attribute name="space-before">5pt</xsl:attribute>
  </xsl:attribute-set>
  <!-- an entry's organisation and dates, each on a line of its own under the title -->
  <xsl:attribute-set name="entry-detail">
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="/cv">
    <fo:root xsl:use-attribute-sets="root">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page" page-height="297mm" page-width="210mm"
                               margin-top="18mm" margin-bottom="18mm" margin-left="{$margin}" margin-right="{$margin}">
          <fo:region-body>
            <xsl:if test="logo"><xsl:attribute name="margin-top">15mm</xsl:attribute></xsl:if>
          </fo:region-body>
          <xsl:if test="logo"><fo:region-before extent="13mm"/></xsl:if>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                             xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
              <dc:title><xsl:value-of select="@title"/></dc:title>
              <dc:creator><xsl:value-of select="header/name"/></dc:creator>
              <dc:description><xsl:value-of select="@subject"/></dc:description>
              <pdf:Keywords><xsl:for-each select="skills/skill">
                <xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="."/>
              </xsl:for-each></pdf:Keywords>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <fo:page-sequence master-reference="page" language="en">
        <xsl:apply-templates select="logo"/>
        <fo:flow flow-name="xsl-region-body">
          <xsl:apply-templates select="header"/>
          <xsl:apply-templates select="summary"/>
          <xsl:apply-templates select="skills[skill]"/>
          <xsl:apply-templates select="section"/>
          <xsl:apply-templates select="paragraphs"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- The organisation's logo (branding in exports): in the page header only, an image with alt text; the name and
       everything else stay text in the body. -->
  <xsl:template match="logo">
    <fo:static-content flow-name="xsl-region-before">
      <fo:block>
        <fo:external-graphic src="url('{@src}')" content-height="11mm" content-width="scale-to-fit"
                             fox:alt-text="{@alt}"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <xsl:template match="header">
    <fo:block xsl:use-attribute-sets="name"><xsl:value-of select="name"/></fo:block>
    <!-- one contact line (wrapping, when long, only between details); each detail spaced from the next so that
         parsers take them one by one -->
    <fo:block space-after="2pt">
      <xsl:for-each select="email | phone | location | link">
        <xsl:if test="position() &gt; 1"><xsl:text>  |  </xsl:text></xsl:if>
        <xsl:choose>
          <xsl:when test="self::link"><fo:basic-link external-destination="url('{.}')" color="#1a4d8f" keep-together.within-line="always"><xsl:value-of select="."/></fo:basic-link></xsl:when>
          <xsl:otherwise><fo:inline keep-together.within-line="always"><xsl:value-of select="."/></fo:inline></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <xsl:template name="heading">
    <xsl:param name="text"/>
    <fo:block xsl:use-attribute-sets="heading" keep-with-next.within-page="always">
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

  <!-- an entry as parsers read it: the title on a line of its own (bold), then the organisation, then the dates -->
  <xsl:template match="entry">
    <fo:block xsl:use-attribute-sets="entry" keep-with-next.within-page="always" font-weight="bold">
      <xsl:value-of select="title"/>
    </fo:block>
    <xsl:if test="organisation">
      <fo:block xsl:use-attribute-sets="entry-detail" keep-with-next.within-page="always"><xsl:value-of select="organisation"/></fo:block>
    </xsl:if>
    <xsl:if test="dates">
      <fo:block xsl:use-attribute-sets="entry-detail" keep-with-next.within-page="always"><xsl:value-of select="dates"/></fo:block>
    </xsl:if>
    <xsl:if test="bullet">
      <fo:list-block provisional-distance-between-starts="10pt" provisional-label-separation="4pt">
        <xsl:for-each select="bullet">
          <fo:list-item keep-together.within-page="always">
            <fo:list-item-label end-indent="label-end()"><fo:block><xsl:value-of select="$bullet-label"/></fo:block></fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <fo:block>
                <xsl:value-of select="text"/>
                <xsl:for-each select="evidence">
                  <xsl:text> </xsl:text>
                  <fo:basic-link external-destination="url('{.}')" color="#1a4d8f">[evidence]</fo:basic-link>
                </xsl:for-each>
              </fo:block>
            </fo:list-item-body>
          </fo:list-item>
        </xsl:for-each>
      </fo:list-block>
    </xsl:if>
  </xsl:template>

  <!-- a cover letter: the recipient, the salutation, the paragraphs, the closing -->
  <xsl:template match="paragraphs">
    <fo:block space-before="14pt">
      <xsl:if test="../recipient/company"><fo:block><xsl:value-of select="../recipient/company"/></fo:block></xsl:if>
      <xsl:if test="../recipient/role"><fo:block>Re: <xsl:value-of select="../recipient/role"/></fo:block></xsl:if>
    </fo:block>
    <fo:block space-before="12pt" space-after="8pt"><xsl:value-of select="../salutation"/></fo:block>
    <xsl:for-each select="paragraph">
      <fo:block space-after="8pt" text-align="justify"><xsl:value-of select="."/></fo:block>
    </xsl:for-each>
    <fo:block space-before="6pt" linefeed-treatment="preserve"><xsl:value-of select="../closing"/></fo:block>
  </xsl:template>
</xsl:stylesheet>
