<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>MainWindow</name>
    <message>
        <source>送信するシステム指示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI への指示（テンプレート）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信する本文 — 色付きの箇所は記号に置き換えて送信されます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信内容の確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信内容を確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>個人情報の検出: 準備中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイル(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文書を開く…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>終了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレート(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>複製して編集…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自分のテンプレートを編集…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自分のテンプレートを削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>読み込み…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>書き出し…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再読み込み</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用状況(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自分の利用状況…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>効果の集計（管理者向け）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用記録を今すぐ書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>設定(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>設定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このアプリについて</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データの保存場所を開く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>個人情報の検出機能を読み込めませんでした。再起動してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>読み込めなかったテンプレートがあります: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信内容を確認 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>個人情報を検出しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この内容で送信 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>約 {tokens} トークン・約 {cost} 円</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（長文のため {n} 回に分けて処理）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;置き換え {n} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回答を受信しています…（Esc で中止）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中止しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回答を受信しました。使ったかどうかを右下で選んでください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>処理中に予期しないエラーが発生しました（{kind}）。入力内容はそのまま残っています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用記録を保存できませんでした（回答はそのまま使えます）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>記録しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接続: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>個人情報の検出: 準備完了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 組織の設定 {n} 項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示言語の変更は、アプリの再起動後に反映されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自分の利用状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>効果の集計（管理者向け）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用記録の書き出し先が設定されていません（設定 → 詳細）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 件を書き出しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>書き出せませんでした。後で自動的に再試行します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {version}

自治体職員のための生成AI業務アシスタント。
個人情報は送信前にこの PC 上で記号に置き換えられ、回答の中で元に戻されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレート「{title}」を削除しますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートを読み込む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレート (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上書きしますか？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートを書き出す</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>設定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>組織のポリシーで固定されています（変更できません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} の項目は組織のポリシーで固定されています。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存済み（変更する場合のみ入力）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API キーを入力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API キー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS の資格情報ストアが使えません。API キーはこのセッションの間だけメモリに保持され、ファイルには保存されません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接続テスト</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>設定を保存できませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS の資格情報ストアが使えないため、API キーはアプリを閉じるまでの間だけ保持します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接続を確認しています…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateListPanel</name>
    <message>
        <source>テンプレートを検索（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレートの検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>テンプレート一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>その他</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>差別・憎悪</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性的な表現</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暴力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自傷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI への不正な指示（ジェイルブレイク）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不適切な言葉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>著作物</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>著作物（コード）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>組織のブロックリスト</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入力内容が AI サービスのコンテンツフィルターで止められました（分類: {labels}）。該当する表現を言い換えるか削除してから、もう一度送信してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI の回答がコンテンツフィルターで途中で止められました（分類: {labels}）。受信済みの部分は残しています。依頼の書き方を変えて再試行してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プロキシサーバー経由で AI サービス（{host}）に接続できませんでした。設定画面のプロキシ・PAC の設定を確認し、分からない場合は情報システム担当に連絡してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI サービス（{host}）との安全な通信（TLS）を確立できませんでした。組織のプロキシが通信を検査している場合は、「OS の証明書ストアを使う」を有効にするか、情報システム担当から CA 証明書ファイルを受け取って設定してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI の回答が途中で途切れました。受信済みの部分は残しています（未完了）。「再試行」を押すと同じ内容でもう一度依頼します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回答が長さの上限に達したため途中で終わりました（未完了）。依頼を分けるか、入力を短くしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依頼を中止しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI サービスとの通信で予期しないエラーが発生しました。「再試行」を押してください。繰り返す場合は情報システム担当に連絡してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID でのサインインに必要な部品（azure-identity）がインストールされていません。情報システム担当に連絡するか、認証方式を「API キー」にしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI サービスに接続できましたが、認証に失敗しました（HTTP {status}）。API キーが正しいか、有効期限が切れていないかを設定画面で確認してください。分からない場合は情報システム担当に連絡してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI サービスにデプロイ（モデル）が見つかりません（HTTP 404）。呼び出した URL: {url}
設定画面のエンドポイント・デプロイ名・API バージョンが正しいか確認してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI サービスが混み合っているため、{attempts} 回試しましたが受け付けられませんでした（HTTP 429）。1〜2 分おいてから「再試行」を押してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI サービスから {seconds:g} 秒以内に応答がありませんでした。しばらくしてから「再試行」を押してください。繰り返す場合は設定のタイムアウトを長くするか、入力を短くしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI サービス（{host}）に接続できません。ネットワークにつながっているか、エンドポイントのURL が正しいかを確認してください。庁内ネットワーク（LGWAN など）ではプロキシの設定が必要な場合があります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI サービスが依頼を受け付けませんでした（HTTP {status}）。入力が長すぎるか、設定の API バージョン・モデル名が対応していない可能性があります。入力を短くするか、情報システム担当に連絡してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI サービス側でエラーが発生しました（HTTP {status}、{attempts} 回試行）。しばらくしてから「再試行」を押してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接続方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>許可する接続方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>エンドポイント</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>デプロイ名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API バージョン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure API 形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>認証方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ベース URL（OpenAI 互換）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>モデル名（OpenAI 互換）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>タイムアウト（秒）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再試行回数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1回に送る最大トークン数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プロキシ（空欄=システム設定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAC ファイルの URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>追加の CA 証明書ファイル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS の証明書ストアを使う</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入力 1,000 トークンの料金（円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出力 1,000 トークンの料金（円）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属の一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示言語</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マスキングを必須にする</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マスキングの解除を許可する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必ずマスクする語の辞書</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マスクしない語の一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>組織のテンプレートフォルダ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>読み込むファイルの上限（MB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用記録の書き出し先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用者 ID のソルト</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel の版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>設定ファイルの形式が古すぎて読み込めません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>設定ファイルはこのアプリより新しい版で作られています。既定値で起動します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（所属未設定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用記録はこのアプリより新しい版で作られています。アプリを更新してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用記録のデータベースが壊れていて、退避もできませんでした。アプリを終了し、情報システム担当に連絡してください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
