"""Display text for values that come from core or from template files, in the UI's language.

The masker's entity labels (``desktop.core.masking.TYPE_LABELS``) and the choices of the built-in
templates are Japanese data: the prompt is Japanese, so the value sent stays Japanese, but the
English UI shows them in English. Marked here with ``QT_TRANSLATE_NOOP`` so ``scripts/i18n.py``
extracts them; a value with no entry (an organisation's own choice) is shown as written.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ENTITY_CONTEXT = "EntityLabel"
CHOICE_CONTEXT = "TemplateChoice"

# The same texts as desktop.core.masking.TYPE_LABELS (a test keeps them equal).
ENTITY_LABELS: dict[str, str] = {
    "PERSON": QT_TRANSLATE_NOOP("EntityLabel", "氏名"),
    "ADDRESS": QT_TRANSLATE_NOOP("EntityLabel", "住所"),
    "PHONE": QT_TRANSLATE_NOOP("EntityLabel", "電話番号"),
    "EMAIL": QT_TRANSLATE_NOOP("EntityLabel", "メール"),
    "POSTAL_CODE": QT_TRANSLATE_NOOP("EntityLabel", "郵便番号"),
    "MY_NUMBER": QT_TRANSLATE_NOOP("EntityLabel", "マイナンバー"),
    "BIRTH_DATE": QT_TRANSLATE_NOOP("EntityLabel", "生年月日"),
    "BANK_ACCOUNT": QT_TRANSLATE_NOOP("EntityLabel", "口座番号"),
    "CREDIT_CARD": QT_TRANSLATE_NOOP("EntityLabel", "カード番号"),
    "PENSION_NUMBER": QT_TRANSLATE_NOOP("EntityLabel", "年金番号"),
    "INSURANCE_NUMBER": QT_TRANSLATE_NOOP("EntityLabel", "保険証番号"),
    "DRIVER_LICENSE": QT_TRANSLATE_NOOP("EntityLabel", "免許証番号"),
    "PASSPORT": QT_TRANSLATE_NOOP("EntityLabel", "旅券番号"),
    "RESIDENCE_CARD": QT_TRANSLATE_NOOP("EntityLabel", "在留カード番号"),
    "IP_ADDRESS": QT_TRANSLATE_NOOP("EntityLabel", "IPアドレス"),
    "CUSTOM": QT_TRANSLATE_NOOP("EntityLabel", "秘匿語"),
}

# Every Japanese choice of the built-in templates (prompt_templates/*.toml).
BUILTIN_CHOICES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("TemplateChoice", "庁外（事業者・関係団体）"),
    QT_TRANSLATE_NOOP("TemplateChoice", "庁内（他の課）"),
    QT_TRANSLATE_NOOP("TemplateChoice", "上司・幹部"),
    QT_TRANSLATE_NOOP("TemplateChoice", "他の自治体"),
    QT_TRANSLATE_NOOP("TemplateChoice", "住民"),
    QT_TRANSLATE_NOOP("TemplateChoice", "依頼"),
    QT_TRANSLATE_NOOP("TemplateChoice", "照会・問い合わせ"),
    QT_TRANSLATE_NOOP("TemplateChoice", "回答"),
    QT_TRANSLATE_NOOP("TemplateChoice", "お礼"),
    QT_TRANSLATE_NOOP("TemplateChoice", "お詫び"),
    QT_TRANSLATE_NOOP("TemplateChoice", "日程調整"),
    QT_TRANSLATE_NOOP("TemplateChoice", "案内・通知"),
    QT_TRANSLATE_NOOP("TemplateChoice", "催促"),
    QT_TRANSLATE_NOOP("TemplateChoice", "標準的な丁寧さ"),
    QT_TRANSLATE_NOOP("TemplateChoice", "より丁寧に（目上・初めての相手）"),
    QT_TRANSLATE_NOOP("TemplateChoice", "簡潔に（よく知る相手）"),
    QT_TRANSLATE_NOOP("TemplateChoice", "式典で読み上げる挨拶（式辞）"),
    QT_TRANSLATE_NOOP("TemplateChoice", "配布・掲載する挨拶文"),
    QT_TRANSLATE_NOOP("TemplateChoice", "400字程度（約1分）"),
    QT_TRANSLATE_NOOP("TemplateChoice", "800字程度（約2分）"),
    QT_TRANSLATE_NOOP("TemplateChoice", "1200字程度（約3分）"),
    QT_TRANSLATE_NOOP("TemplateChoice", "要点筆記（決定事項と要旨を中心に）"),
    QT_TRANSLATE_NOOP("TemplateChoice", "発言録（発言者ごとに要旨を残す）"),
    QT_TRANSLATE_NOOP("TemplateChoice", "外国人住民"),
    QT_TRANSLATE_NOOP("TemplateChoice", "子ども（小学校高学年）"),
    QT_TRANSLATE_NOOP("TemplateChoice", "高齢者"),
    QT_TRANSLATE_NOOP("TemplateChoice", "つけない"),
    QT_TRANSLATE_NOOP("TemplateChoice", "漢字の後に（ ）でひらがなをつける"),
    QT_TRANSLATE_NOOP("TemplateChoice", "通知・依頼文"),
    QT_TRANSLATE_NOOP("TemplateChoice", "住民向けのお知らせ"),
    QT_TRANSLATE_NOOP("TemplateChoice", "議会答弁・説明資料"),
    QT_TRANSLATE_NOOP("TemplateChoice", "庁内の資料・メール"),
    QT_TRANSLATE_NOOP("TemplateChoice", "誤りと表記の統一のみ"),
    QT_TRANSLATE_NOOP("TemplateChoice", "読みやすさの改善も含める"),
    QT_TRANSLATE_NOOP("TemplateChoice", "問い合わせ"),
    QT_TRANSLATE_NOOP("TemplateChoice", "要望"),
    QT_TRANSLATE_NOOP("TemplateChoice", "苦情"),
    QT_TRANSLATE_NOOP("TemplateChoice", "意見・提案"),
    QT_TRANSLATE_NOOP("TemplateChoice", "上司への報告"),
    QT_TRANSLATE_NOOP("TemplateChoice", "課内での共有"),
    QT_TRANSLATE_NOOP("TemplateChoice", "住民への説明"),
    QT_TRANSLATE_NOOP("TemplateChoice", "自分の理解"),
    QT_TRANSLATE_NOOP("TemplateChoice", "英語"),
    QT_TRANSLATE_NOOP("TemplateChoice", "日本語"),
    QT_TRANSLATE_NOOP("TemplateChoice", "中国語（簡体字）"),
    QT_TRANSLATE_NOOP("TemplateChoice", "中国語（繁体字）"),
    QT_TRANSLATE_NOOP("TemplateChoice", "韓国語"),
    QT_TRANSLATE_NOOP("TemplateChoice", "ベトナム語"),
    QT_TRANSLATE_NOOP("TemplateChoice", "ポルトガル語"),
    QT_TRANSLATE_NOOP("TemplateChoice", "スペイン語"),
    QT_TRANSLATE_NOOP("TemplateChoice", "タガログ語"),
    QT_TRANSLATE_NOOP("TemplateChoice", "ネパール語"),
    QT_TRANSLATE_NOOP("TemplateChoice", "インドネシア語"),
    QT_TRANSLATE_NOOP("TemplateChoice", "住民向けの案内・お知らせ"),
    QT_TRANSLATE_NOOP("TemplateChoice", "公式文書・通知"),
    QT_TRANSLATE_NOOP("TemplateChoice", "メール・連絡"),
    QT_TRANSLATE_NOOP("TemplateChoice", "会議資料"),
)


def entity_label(entity_type: str) -> str:
    """「氏名」, or "Name" in the English UI."""
    text = ENTITY_LABELS.get(entity_type)
    return QCoreApplication.translate(ENTITY_CONTEXT, text) if text else entity_type


def choice_label(value: str, lang: str) -> str:
    """How a template's choice is shown (the value itself is what the prompt gets)."""
    if lang == "ja" or value not in BUILTIN_CHOICES:
        return value
    return QCoreApplication.translate(CHOICE_CONTEXT, value)
