<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
Qt's own texts that Qt's Danish catalogue (qtbase_da.qm, shipped with PySide6-Essentials 6.11) lacks: Qt 6.11
gave the file dialog's "Look in:" and "Files of type:" labels an accelerator and moved the file types to
QAbstractFileIconProvider, so they showed in English in the Danish UI. Kept by hand (lupdate never touches it):
only messages Qt's catalogue does not translate, worded as Qt's catalogue words the old texts. Loaded after
qtbase_da by vzworkshop.ui.i18n.Translations; compiled by `python tools/translations.py compile`.
-->
<TS version="2.1" language="da_DK">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;type:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drev</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genvej</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
</context>
</TS>
