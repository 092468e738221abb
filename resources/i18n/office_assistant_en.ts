<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja">
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>ファイルを追加…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>外す</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>シート:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>CSV（UTF-8・Shift_JIS）や Excel の表を追加するか、ここにドロップしてください。データは PC の外に出ません。</source>
        <translation>Add CSV (UTF-8 or Shift_JIS) or Excel tables, or drop them here. The data never leaves this PC.</translation>
    </message>
    <message>
        <source>例: 地区ごとの件数を多い順に</source>
        <translation>E.g. the number of records per district, most first</translation>
    </message>
    <message>
        <source>分析する</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>中止</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>予期しないエラーが起きました（{0}）。</source>
        <translation>An unexpected error occurred ({0}).</translation>
    </message>
    <message>
        <source>中止しています…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>分析する表を選ぶ</source>
        <translation>Choose tables to analyse</translation>
    </message>
    <message>
        <source>表（{0}）</source>
        <translation>Tables ({0})</translation>
    </message>
    <message>
        <source>（最初のシート）</source>
        <translation>(first sheet)</translation>
    </message>
    <message>
        <source>シートを確認しています…</source>
        <translation>Reading the sheets…</translation>
    </message>
    <message>
        <source>分析しています…（表は PC の中で読み込み、AI には列の概要だけを送ります）</source>
        <translation>Analysing… (the tables are read on this PC; the AI gets only a profile of the columns)</translation>
    </message>
    <message>
        <source>{0}（{1} 行・{2} 列）</source>
        <translation>{0} ({1} rows, {2} columns)</translation>
    </message>
    <message>
        <source> 個人情報の列（値は送りません）: {0}</source>
        <translation> personal columns (values never sent): {0}</translation>
    </message>
    <message>
        <source>読み込んだ表: </source>
        <translation>Loaded tables: </translation>
    </message>
    <message>
        <source>（AI の最初のクエリはエラーだったため、修正したクエリです）</source>
        <translation> (the AI&apos;s first query failed; this is its corrected query)</translation>
    </message>
    <message>
        <source>{0} 行の結果です。</source>
        <translation>{0} rows.</translation>
    </message>
    <message>
        <source>結果が多いため先頭の {0} 行だけを表示しています。</source>
        <translation> Only the first {0} rows are shown.</translation>
    </message>
    <message>
        <source>
質問を言い直して、もう一度お試しください。</source>
        <translation>
Rephrase the question and try again.</translation>
    </message>
    <message>
        <source>説明を受け取りました（送ったのは集計した値だけです）。</source>
        <translation>Explanation received (only aggregated values were sent).</translation>
    </message>
    <message>
        <source>結果の説明を頼んでいます…</source>
        <translation>Asking for an explanation…</translation>
    </message>
    <message>
        <source>Excel に保存</source>
        <translation>Save to Excel</translation>
    </message>
    <message>
        <source>分析結果.xlsx</source>
        <translation>analysis.xlsx</translation>
    </message>
    <message>
        <source>Excel ブック (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>保存しました: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>保存しています…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>AnalysisResultView</name>
    <message>
        <source>AI が書いたクエリ（確認してから PC の中で実行）</source>
        <translation>The query the AI wrote (checked, then run on this PC)</translation>
    </message>
    <message>
        <source>クエリ:</source>
        <translation>Query:</translation>
    </message>
    <message>
        <source>結果の説明を頼む</source>
        <translation>Ask for an explanation</translation>
    </message>
    <message>
        <source>集計した値だけを送ります。個人情報の列の値を含む結果は送りません。</source>
        <translation>Only aggregated values are sent. A result holding values of a personal column is never sent.</translation>
    </message>
    <message>
        <source>Excel に保存…</source>
        <translation>Save to Excel…</translation>
    </message>
</context>
<context>
    <name>AnswerPanel</name>
    <message>
        <source>ここに AI の回答が表示されます。</source>
        <translation>The AI&apos;s answer will appear here.</translation>
    </message>
    <message>
        <source>未完了：回答が途中までです</source>
        <translation>Incomplete: the answer stopped partway</translation>
    </message>
    <message>
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>回答の受信を止めます（Esc）</source>
        <translation>Stop receiving the answer (Esc)</translation>
    </message>
    <message>
        <source>再試行</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>コピー</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>保存…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>使用した</source>
        <translation>Used as is</translation>
    </message>
    <message>
        <source>編集して使用</source>
        <translation>Used after editing</translation>
    </message>
    <message>
        <source>使わなかった</source>
        <translation>Not used</translation>
    </message>
    <message>
        <source> 分</source>
        <translation> min</translation>
    </message>
    <message>
        <source>手作業なら何分かかったか（時間削減の計算に使います）</source>
        <translation>How many minutes this would take by hand (used to calculate the time saved)</translation>
    </message>
    <message>
        <source>手作業なら:</source>
        <translation>By hand it takes:</translation>
    </message>
    <message>
        <source>回答を待っています…</source>
        <translation>Waiting for the answer…</translation>
    </message>
    <message>
        <source>見込み: 入力 約 {0} トークン・約 {1} 円</source>
        <translation>Estimate: about {0} input tokens, about ¥{1}</translation>
    </message>
    <message>
        <source>長い文書を分けて処理しています（{0}/{1}）</source>
        <translation>Processing a long document in parts ({0}/{1})</translation>
    </message>
    <message>
        <source>受信中…</source>
        <translation>Receiving…</translation>
    </message>
    <message>
        <source>（推定）</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>入力 {0}・出力 {1} トークン{2}・費用なし（クリップボード経由）</source>
        <translation>Input {0}, output {1} tokens{2}, no cost (clipboard relay)</translation>
    </message>
    <message>
        <source>入力 {0}・出力 {1} トークン{2}・約 {3} 円</source>
        <translation>Input {0} / output {1} tokens{2}, about ¥{3}</translation>
    </message>
    <message>
        <source>回答が届きました。</source>
        <translation>The answer has arrived.</translation>
    </message>
    <message>
        <source>予期しないエラーが発生しました（{0}）。</source>
        <translation>An unexpected error occurred ({0}).</translation>
    </message>
    <message>
        <source>停止しています…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>回答をクリップボードにコピーしました（書式付き）。</source>
        <translation>Answer copied to the clipboard (with formatting).</translation>
    </message>
    <message>
        <source>回答を保存</source>
        <translation>Save answer</translation>
    </message>
    <message>
        <source>Word 文書 (*.docx);;テキスト (*.txt)</source>
        <translation>Word document (*.docx);;Text (*.txt)</translation>
    </message>
    <message>
        <source>回答</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>ファイルを保存できませんでした。保存先を確認してください。</source>
        <translation>The file could not be saved. Please check the save location.</translation>
    </message>
    <message>
        <source>保存しました: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>個人情報の検出: 準備中…</source>
        <translation>Personal information detection: getting ready…</translation>
    </message>
    <message>
        <source>クリップボード経由</source>
        <translation>Via clipboard</translation>
    </message>
    <message>
        <source>OpenAI 互換サーバー</source>
        <translation>OpenAI-compatible server</translation>
    </message>
    <message>
        <source>接続: </source>
        <translation>Connection: </translation>
    </message>
    <message>
        <source>組織の設定を読めません（送信不可）</source>
        <translation>Organisation policy unreadable (sending disabled)</translation>
    </message>
    <message>
        <source>［固定］組織の設定 {n} 項目</source>
        <translation>[Locked] {n} settings locked by your organisation&apos;s policy</translation>
    </message>
    <message>
        <source>個人情報の検出: 使用できません（送信不可）</source>
        <translation>Personal data detection: unavailable (sending blocked)</translation>
    </message>
    <message>
        <source>個人情報の検出: 準備完了</source>
        <translation>Personal information detection: ready</translation>
    </message>
    <message>
        <source>今月の上限に達しました</source>
        <translation>This month&apos;s limit is reached</translation>
    </message>
    <message>
        <source>今月の利用量を確認できません</source>
        <translation>This month&apos;s use cannot be checked</translation>
    </message>
    <message>
        <source>{n} トークン</source>
        <translation>{n} tokens</translation>
    </message>
    <message>
        <source>約 {n} 円</source>
        <translation>about {n} yen</translation>
    </message>
    <message>
        <source>今月の残り: {left}</source>
        <translation>Left this month: {left}</translation>
    </message>
</context>
<context>
    <name>CodeBlocksView</name>
    <message>
        <source>マクロのコード（このアプリは実行しません）。内容を確認してから、Excel の VBA エディター（Alt+F11）で標準モジュールに貼り付けてください。</source>
        <translation>Macro code (this app does not run it). Check the code, then paste it into a standard module in the Excel VBA editor (Alt+F11).</translation>
    </message>
    <message>
        <source>コード {n}</source>
        <translation>Code {n}</translation>
    </message>
    <message>
        <source>コード {n} をコピー</source>
        <translation>Copy code {n}</translation>
    </message>
    <message>
        <source>コピーしました。Excel の VBA エディターに貼り付けてください（実行前に内容を確認）。</source>
        <translation>Copied. Paste it into the Excel VBA editor (check the code before running it).</translation>
    </message>
</context>
<context>
    <name>CoreLoader</name>
    <message>
        <source>送信の準備ができませんでした。アプリを再起動してください。</source>
        <translation>Sending could not be prepared. Please restart the app.</translation>
    </message>
    <message>
        <source>個人情報の検出機能を読み込めませんでした。再起動してください。</source>
        <translation>The personal information detector could not be loaded. Please restart the app.</translation>
    </message>
    <message>
        <source>テンプレートを読み込めませんでした。</source>
        <translation>The templates could not be loaded.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>予期しないエラーが発生しました。入力した内容は画面に残っています。
作業を保存してから、アプリを再起動してください。

エラーの種類: {kind}
記録ファイル（個人情報は含みません）: {log}
問題が続く場合は、この記録ファイルを情報システム担当にお送りください。</source>
        <translation>An unexpected error occurred. What you entered is still on the screen.
Save your work, then restart the app.

Error type: {kind}
Log file (contains no personal information): {log}
If the problem persists, send this log file to your IT department.</translation>
    </message>
</context>
<context>
    <name>EntityLabel</name>
    <message>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>電話番号</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>メール</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>郵便番号</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>マイナンバー</source>
        <translation>My Number</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>口座番号</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>カード番号</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>年金番号</source>
        <translation>Pension number</translation>
    </message>
    <message>
        <source>保険証番号</source>
        <translation>Insurance card number</translation>
    </message>
    <message>
        <source>免許証番号</source>
        <translation>Driver&apos;s licence number</translation>
    </message>
    <message>
        <source>旅券番号</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <source>在留カード番号</source>
        <translation>Residence card number</translation>
    </message>
    <message>
        <source>IPアドレス</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>秘匿語</source>
        <translation>Confidential term</translation>
    </message>
</context>
<context>
    <name>ExcelCheckView</name>
    <message>
        <source>適用したコピーを作成</source>
        <translation>Create a copy with the formula applied</translation>
    </message>
    <message>
        <source>検算済み</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>エラーあり</source>
        <translation>Has errors</translation>
    </message>
    <message>
        <source>未検証</source>
        <translation>Unverified</translation>
    </message>
    <message>
        <source>結果: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>コピー</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>コピーを作成できませんでした。</source>
        <translation>The copy could not be created.</translation>
    </message>
    <message>
        <source>作成しました: %1</source>
        <translation>Created: %1</translation>
    </message>
</context>
<context>
    <name>ExcelFormulaPanel</name>
    <message>
        <source>ブックが選ばれていません（ここにドロップもできます）</source>
        <translation>No workbook selected (you can also drop one here)</translation>
    </message>
    <message>
        <source>ブックを開く…</source>
        <translation>Open workbook…</translation>
    </message>
    <message>
        <source>例: C 列の地区が「東京」の行について、F 列の金額を合計したい</source>
        <translation>Example: total the amounts in column F for rows where the area in column C is &quot;Tokyo&quot;</translation>
    </message>
    <message>
        <source>例: H2（1 つのセル）または H（列に下までコピー）</source>
        <translation>Example: H2 (a single cell) or H (copied down the column)</translation>
    </message>
    <message>
        <source>シート</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>やりたいこと</source>
        <translation>What you want to do</translation>
    </message>
    <message>
        <source>入力先（任意）</source>
        <translation>Target cell (optional)</translation>
    </message>
    <message>
        <source>Excel ブックを開いてください。</source>
        <translation>Please open an Excel workbook.</translation>
    </message>
    <message>
        <source>やりたいことを書いてください。</source>
        <translation>Please describe what you want to do.</translation>
    </message>
    <message>
        <source>読み込み中: %1</source>
        <translation>Loading: %1</translation>
    </message>
    <message>
        <source>ブックを読み込めませんでした。</source>
        <translation>The workbook could not be loaded.</translation>
    </message>
    <message>
        <source>Excel ブックを開く</source>
        <translation>Open Excel workbook</translation>
    </message>
    <message>
        <source>Excel ブック (*.xlsx *.xlsm)</source>
        <translation>Excel workbook (*.xlsx *.xlsm)</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>必須</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>ファイルをここにドロップするか「参照…」で選んでください</source>
        <translation>Drop a file here or choose one with &quot;Browse…&quot;</translation>
    </message>
    <message>
        <source>参照…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>ファイルから読み込む…</source>
        <translation>Load from file…</translation>
    </message>
    <message>
        <source>クリア</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>シート</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>読み込むシート</source>
        <translation>Sheet to load</translation>
    </message>
    <message>
        <source>{name} を読み込みました（{what}）</source>
        <translation>Loaded {name} ({what})</translation>
    </message>
</context>
<context>
    <name>KnowledgeDialog</name>
    <message>
        <source>庁内資料のフォルダ</source>
        <translation>Organisation&apos;s document folders</translation>
    </message>
    <message>
        <source>「庁内資料に聞く」で検索する例規・要綱・マニュアル・FAQ のフォルダです。索引はこの PC の中だけで作られ、質問のときは関係する箇所だけが（個人情報をマスクして）送られます。</source>
        <translation>Folders of rules, manuals and FAQs that &quot;Ask the organisation&apos;s documents&quot; searches. The index is built on this PC only; a question sends only the relevant passages, with personal information masked.</translation>
    </message>
    <message>
        <source>フォルダを追加…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>外す</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>索引を更新</source>
        <translation>Update index</translation>
    </message>
    <message>
        <source>中止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>読み込めなかったファイル</source>
        <translation>Files that could not be read</translation>
    </message>
    <message>
        <source>%1（組織の設定）</source>
        <translation>%1 (set by your organisation)</translation>
    </message>
    <message>
        <source>フォルダがありません。「フォルダを追加…」で資料のフォルダを選んでください。</source>
        <translation>No folders yet. Choose a folder of documents with &quot;Add folder…&quot;.</translation>
    </message>
    <message>
        <source>資料のフォルダを選ぶ</source>
        <translation>Choose a folder of documents</translation>
    </message>
    <message>
        <source>ファイルを確認しています…</source>
        <translation>Checking files…</translation>
    </message>
    <message>
        <source>中止しています…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>索引を作成中: %1 / %2 %3</source>
        <translation>Indexing: %1 / %2 %3</translation>
    </message>
    <message>
        <source>索引を作れませんでした（%1）。</source>
        <translation>The index could not be built (%1).</translation>
    </message>
    <message>
        <source>索引しました: %1 件（変更なし %2 件・削除 %3 件）</source>
        <translation>Indexed %1 (unchanged %2, removed %3)</translation>
    </message>
    <message>
        <source>中止しました。次の更新で続きから索引します。</source>
        <translation>Stopped. The next update continues where this one stopped.</translation>
    </message>
    <message>
        <source>索引の状態を読めませんでした。</source>
        <translation>Could not read the state of the index.</translation>
    </message>
    <message>
        <source>文書 %1 件・抜粋 %2 件</source>
        <translation>%1 documents, %2 passages</translation>
    </message>
    <message>
        <source>最終更新 %1</source>
        <translation>Last updated %1</translation>
    </message>
    <message>
        <source>共有の索引を使用中</source>
        <translation>Using the shared index</translation>
    </message>
</context>
<context>
    <name>ManagerDashboard</name>
    <message>
        <source>利用記録（*.jsonl）のあるフォルダ</source>
        <translation>Folder containing usage records (*.jsonl)</translation>
    </message>
    <message>
        <source>参照…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>期間を指定</source>
        <translation>Limit to a period</translation>
    </message>
    <message>
        <source>集計</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <source>Excel に出力</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>フォルダ:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>～</source>
        <translation>to</translation>
    </message>
    <message>
        <source>合計</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>削減時間（時間）</source>
        <translation>Time saved (hours)</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>利用者数</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>結果を使った割合</source>
        <translation>Share of answers used</translation>
    </message>
    <message>
        <source>費用（円）</source>
        <translation>Cost (¥)</translation>
    </message>
    <message>
        <source>読めない行</source>
        <translation>Unreadable lines</translation>
    </message>
    <message>
        <source>月別の削減時間（時間）</source>
        <translation>Time saved by month (hours)</translation>
    </message>
    <message>
        <source>月別の利用者数</source>
        <translation>Users by month</translation>
    </message>
    <message>
        <source>所属別の削減時間（時間・上位12）</source>
        <translation>Time saved by department (hours, top 12)</translation>
    </message>
    <message>
        <source>テンプレート別の削減時間（時間・上位12）</source>
        <translation>Time saved by template (hours, top 12)</translation>
    </message>
    <message>
        <source>月別の費用（円）</source>
        <translation>Cost by month (¥)</translation>
    </message>
    <message>
        <source>参考（都道府県の報告）: </source>
        <translation>For reference (prefectural report): </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>利用記録のフォルダを選択</source>
        <translation>Choose the usage records folder</translation>
    </message>
    <message>
        <source>Excel ブック (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>集計しています…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>利用状況レポート.xlsx</source>
        <translation>usage-report.xlsx</translation>
    </message>
    <message>
        <source>Excel ファイルを作成しています…</source>
        <translation>Creating the Excel file…</translation>
    </message>
    <message>
        <source>{files} ファイルを集計しました（重複 {dups} 行・読めない行 {skipped} 行を除外）。</source>
        <translation>Totalled {files} files (excluding {dups} duplicate lines and {skipped} unreadable lines).</translation>
    </message>
    <message>
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>Excel ファイルを保存できませんでした。開いたままになっていないか、保存先に書き込めるか確認してください。</source>
        <translation>The Excel file could not be saved. Check that it is not open in another program and that you can write to the save location.</translation>
    </message>
    <message>
        <source>保存しました: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>MaskPreview</name>
    <message>
        <source>選択範囲をマスクに追加</source>
        <translation>Add selection to masking</translation>
    </message>
    <message>
        <source>選択した項目を解除</source>
        <translation>Unmask selected items</translation>
    </message>
    <message>
        <source>すべてマスクに戻す</source>
        <translation>Mask everything again</translation>
    </message>
    <message>
        <source>検出された個人情報（チェックを外すと送信時にマスクしません）</source>
        <translation>Personal information found (uncheck an item to send it unmasked)</translation>
    </message>
    <message>
        <source>組織のポリシーにより、検出された項目の解除はできません。</source>
        <translation>Your organisation&apos;s policy does not allow detected items to be unmasked.</translation>
    </message>
    <message>
        <source>{0} {1}件</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>マスクする項目: {0}</source>
        <translation>Items to mask: {0}</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <source>（解除 {0}件）</source>
        <translation> ({0} unmasked)</translation>
    </message>
    <message>
        <source>この項目のマスクを解除</source>
        <translation>Unmask this item</translation>
    </message>
    <message>
        <source>この項目をマスクする</source>
        <translation>Mask this item</translation>
    </message>
</context>
<context>
    <name>MyUsageView</name>
    <message>
        <source>テンプレート</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>利用</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>削減時間（時間）</source>
        <translation>Hours saved</translation>
    </message>
    <message>
        <source>参考: 都道府県の報告では 1人1日 約10分、1か月 約1.3時間、1年 約53.7時間 の削減。削減時間 = 手作業の見込み時間 − アプリでの操作時間（使った結果のみ）。</source>
        <translation>For reference: a prefectural report found savings of about 10 minutes per person per day, about 1.3 hours per month and about 53.7 hours per year. Time saved = estimated time by hand − time spent in the app (only answers that were used).</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>合計</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>今週:</source>
        <translation>This week:</translation>
    </message>
    <message>
        <source>今月:</source>
        <translation>This month:</translation>
    </message>
    <message>
        <source>今月のテンプレート別</source>
        <translation>This month by template</translation>
    </message>
    <message>
        <source>読み込めませんでした: {0}</source>
        <translation>Could not be loaded: {0}</translation>
    </message>
    <message>
        <source>{tasks} 件（使った {used} 件・使わなかった {discarded} 件・エラー {errors} 件）  削減時間 {hours} 時間  費用 約 {cost} 円</source>
        <translation>{tasks} tasks ({used} used, {discarded} not used, {errors} errors)  Time saved {hours} h  Cost about ¥{cost}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>パスワードの入力</source>
        <translation>Enter password</translation>
    </message>
    <message>
        <source>「{name}」はパスワードで保護されています。
パスワードを入力してください（ファイルは書き換えず、画面の中だけで開きます）。</source>
        <translation>&quot;{name}&quot; is password-protected.
Please enter the password (the file is not changed; it is only opened inside the app).</translation>
    </message>
    <message>
        <source>パスワードが違います。もう一度入力してください。</source>
        <translation>Incorrect password. Please try again.</translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>入力した文字を表示する</source>
        <translation>Show the password</translation>
    </message>
</context>
<context>
    <name>RelayDialog</name>
    <message>
        <source>クリップボード経由で AI に依頼</source>
        <translation>Ask the AI via the clipboard</translation>
    </message>
    <message>
        <source>1.「プロンプトをコピー」を押します（個人情報は〔氏名1〕のような記号に置き換え済みです）。
2. 組織で認められた AI チャットの画面に貼り付けて送信します。
3. AI の回答をコピーし、下の欄に貼り付けて「回答を取り込む」を押します。</source>
        <translation>1. Press &quot;Copy prompt&quot; (personal information has already been replaced with placeholders such as 〔氏名1〕).
2. Paste it into an AI chat approved by your organisation and send it.
3. Copy the AI&apos;s answer, paste it into the box below and press &quot;Import answer&quot;.</translation>
    </message>
    <message>
        <source>プロンプトをコピー</source>
        <translation>Copy prompt</translation>
    </message>
    <message>
        <source>注意: プロンプトが長いため、AI チャットによっては一度に受け付けられません。</source>
        <translation>Note: the prompt is long, so some AI chats may not accept it all at once.</translation>
    </message>
    <message>
        <source>ここに AI の回答を貼り付けてください</source>
        <translation>Paste the AI&apos;s answer here</translation>
    </message>
    <message>
        <source>回答を取り込む</source>
        <translation>Import answer</translation>
    </message>
    <message>
        <source>送るプロンプト（マスク済み）</source>
        <translation>Prompt to send (masked)</translation>
    </message>
    <message>
        <source>AI の回答</source>
        <translation>AI&apos;s answer</translation>
    </message>
    <message>
        <source>コピーしました。AI チャットに貼り付けてください。</source>
        <translation>Copied. Paste it into the AI chat.</translation>
    </message>
</context>
<context>
    <name>RequestPresenter</name>
    <message>
        <source>個人情報を検出しています…</source>
        <translation>Detecting personal information…</translation>
    </message>
    <message>
        <source>回答を受信しています…（Esc で中止）</source>
        <translation>Receiving the answer… (Esc to cancel)</translation>
    </message>
    <message>
        <source>中止しています…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>送信内容を更新しています…</source>
        <translation>Updating what will be sent…</translation>
    </message>
    <message>
        <source>クリップボード経由の依頼を取り消しました。</source>
        <translation>The clipboard request was cancelled.</translation>
    </message>
    <message>
        <source>利用記録を保存できませんでした（回答はそのまま使えます）。</source>
        <translation>The usage record could not be saved (you can still use the answer).</translation>
    </message>
    <message>
        <source>記録しました。</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <source>回答を受信しました。使ったかどうかを右下で選んでください。</source>
        <translation>The answer has been received. Please choose at the bottom right whether you used it.</translation>
    </message>
    <message>
        <source>処理中に予期しないエラーが発生しました（{kind}）。入力内容はそのまま残っています。</source>
        <translation>An unexpected error occurred during processing ({kind}). Your input has been kept as it was.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>組織のポリシーで固定されています（変更できません）</source>
        <translation>Locked by your organisation&apos;s policy (cannot be changed)</translation>
    </message>
    <message>
        <source>保存済み（変更する場合のみ入力）</source>
        <translation>Saved (enter only to change it)</translation>
    </message>
    <message>
        <source>API キーを入力</source>
        <translation>Enter the API key</translation>
    </message>
    <message>
        <source>API キー</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>［固定］</source>
        <translation>[locked]</translation>
    </message>
    <message>
        <source>{mark} の付いた項目は組織のポリシーで固定されています。</source>
        <translation>Items marked {mark} are locked by your organisation&apos;s policy.</translation>
    </message>
    <message>
        <source>接続</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>利用者</source>
        <translation>User</translation>
    </message>
    <message>
        <source>ネットワーク</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>マスキング</source>
        <translation>Masking</translation>
    </message>
    <message>
        <source>詳細</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>クリップボード経由（Web チャットに貼り付け）</source>
        <translation>Via the clipboard (paste into a web chat)</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>OpenAI 互換サーバー（庁内設置のモデルなど）</source>
        <translation>OpenAI-compatible server (e.g. a model hosted in-house)</translation>
    </message>
    <message>
        <source>デプロイ API（api-version 指定）</source>
        <translation>Deployments API (with api-version)</translation>
    </message>
    <message>
        <source>v1 API</source>
        <translation>v1 API</translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>自動（接続先に合わせる）</source>
        <translation>Automatic (as the service expects)</translation>
    </message>
    <message>
        <source>参照…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>https://&lt;リソース名&gt;.openai.azure.com</source>
        <translation>https://&lt;resource-name&gt;.openai.azure.com</translation>
    </message>
    <message>
        <source>OS の資格情報ストアが使えません。API キーはこのセッションの間だけメモリに保持され、ファイルには保存されません。</source>
        <translation>The OS credential store is not available. The API key is kept in memory for this session only and is not saved to a file.</translation>
    </message>
    <message>
        <source>接続テスト</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>設定を保存できませんでした。</source>
        <translation>The settings could not be saved.</translation>
    </message>
    <message>
        <source>OS の資格情報ストアが使えないため、API キーはアプリを閉じるまでの間だけ保持します。</source>
        <translation>The OS credential store is not available, so the API key is kept only until you close the app.</translation>
    </message>
    <message>
        <source>接続を確認しています…</source>
        <translation>Testing the connection…</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>出典</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>出典を選ぶと、根拠になった箇所が表示されます。</source>
        <translation>Select a source to see the passage the answer relies on.</translation>
    </message>
    <message>
        <source>ファイルを開く</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>出典（回答が根拠にした資料）</source>
        <translation>Sources (what the answer relies on)</translation>
    </message>
    <message>
        <source>資料からは答えが見つかりませんでした。検索で見つかった資料:</source>
        <translation>The documents did not answer this. What the search found:</translation>
    </message>
    <message>
        <source>出典はありません。</source>
        <translation>No sources.</translation>
    </message>
    <message>
        <source>（旧版）</source>
        <translation> (old version)</translation>
    </message>
    <message>
        <source>ファイル「%1」が見つかりません。移動・削除されたか、共有フォルダに接続できません。</source>
        <translation>File &quot;%1&quot; was not found: it was moved or deleted, or the shared folder cannot be reached.</translation>
    </message>
    <message>
        <source>%1 ページを開きました。</source>
        <translation>Opened at page %1.</translation>
    </message>
    <message>
        <source>ファイルを開きました。</source>
        <translation>Opened the file.</translation>
    </message>
    <message>
        <source>ファイルを開けませんでした。関連付けられたアプリを確認してください。</source>
        <translation>The file could not be opened. Check which application opens this kind of file.</translation>
    </message>
</context>
<context>
    <name>TaskPane</name>
    <message>
        <source>送信するシステム指示</source>
        <translation>System instructions to be sent</translation>
    </message>
    <message>
        <source>AI への指示（テンプレート）</source>
        <translation>Instructions to the AI (template)</translation>
    </message>
    <message>
        <source>送信する本文 — 色付きの箇所は記号に置き換えて送信されます</source>
        <translation>Text to be sent — highlighted parts are replaced with placeholders before sending</translation>
    </message>
    <message>
        <source>入力</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>送信内容の確認</source>
        <translation>Review what will be sent</translation>
    </message>
    <message>
        <source>送信 (Ctrl+Enter)</source>
        <translation>Send (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>約 {tokens} トークン・約 {cost} 円</source>
        <translation>About {tokens} tokens, about ¥{cost}</translation>
    </message>
    <message>
        <source>（長文のため {n} 回に分けて処理）</source>
        <translation> (long text: processed in {n} requests)</translation>
    </message>
    <message>
        <source>&#x3000;置き換え {n} 件</source>
        <translation>   {n} replaced</translation>
    </message>
    <message>
        <source>この内容で送信 (Ctrl+Enter)</source>
        <translation>Send this (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>送信内容を確認 (Ctrl+Enter)</source>
        <translation>Review what will be sent (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>複製して編集…</source>
        <translation>Duplicate and edit…</translation>
    </message>
    <message>
        <source>自分のテンプレートを編集…</source>
        <translation>Edit my template…</translation>
    </message>
    <message>
        <source>自分のテンプレートを削除</source>
        <translation>Delete my template</translation>
    </message>
    <message>
        <source>読み込み…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>書き出し…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>再読み込み</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>読み込めなかったテンプレートがあります: </source>
        <translation>Some templates could not be loaded: </translation>
    </message>
    <message>
        <source>テンプレート「{title}」を削除しますか？</source>
        <translation>Delete the template &quot;{title}&quot;?</translation>
    </message>
    <message>
        <source>テンプレートを読み込む</source>
        <translation>Import template</translation>
    </message>
    <message>
        <source>テンプレート (*.toml)</source>
        <translation>Templates (*.toml)</translation>
    </message>
    <message>
        <source>上書きしますか？</source>
        <translation>Overwrite?</translation>
    </message>
    <message>
        <source>テンプレートを書き出す</source>
        <translation>Export template</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>庁外（事業者・関係団体）</source>
        <translation>Outside the office (businesses, partner organisations)</translation>
    </message>
    <message>
        <source>庁内（他の課）</source>
        <translation>Inside the office (another section)</translation>
    </message>
    <message>
        <source>上司・幹部</source>
        <translation>Superiors and executives</translation>
    </message>
    <message>
        <source>他の自治体</source>
        <translation>Another municipality</translation>
    </message>
    <message>
        <source>住民</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>依頼</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>照会・問い合わせ</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>回答</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>お礼</source>
        <translation>Thanks</translation>
    </message>
    <message>
        <source>お詫び</source>
        <translation>Apology</translation>
    </message>
    <message>
        <source>日程調整</source>
        <translation>Scheduling</translation>
    </message>
    <message>
        <source>案内・通知</source>
        <translation>Notice and announcement</translation>
    </message>
    <message>
        <source>催促</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>標準的な丁寧さ</source>
        <translation>Standard politeness</translation>
    </message>
    <message>
        <source>より丁寧に（目上・初めての相手）</source>
        <translation>More polite (superiors, first contact)</translation>
    </message>
    <message>
        <source>簡潔に（よく知る相手）</source>
        <translation>Brief (someone you know well)</translation>
    </message>
    <message>
        <source>式典で読み上げる挨拶（式辞）</source>
        <translation>Speech read out at a ceremony</translation>
    </message>
    <message>
        <source>配布・掲載する挨拶文</source>
        <translation>Greeting to hand out or publish</translation>
    </message>
    <message>
        <source>400字程度（約1分）</source>
        <translation>About 400 characters (about 1 minute)</translation>
    </message>
    <message>
        <source>800字程度（約2分）</source>
        <translation>About 800 characters (about 2 minutes)</translation>
    </message>
    <message>
        <source>1200字程度（約3分）</source>
        <translation>About 1200 characters (about 3 minutes)</translation>
    </message>
    <message>
        <source>要点筆記（決定事項と要旨を中心に）</source>
        <translation>Key points (decisions and gist)</translation>
    </message>
    <message>
        <source>発言録（発言者ごとに要旨を残す）</source>
        <translation>Record of remarks (gist per speaker)</translation>
    </message>
    <message>
        <source>外国人住民</source>
        <translation>Foreign residents</translation>
    </message>
    <message>
        <source>子ども（小学校高学年）</source>
        <translation>Children (upper elementary school)</translation>
    </message>
    <message>
        <source>高齢者</source>
        <translation>Older people</translation>
    </message>
    <message>
        <source>つけない</source>
        <translation>None</translation>
    </message>
    <message>
        <source>漢字の後に（ ）でひらがなをつける</source>
        <translation>Add hiragana in ( ) after kanji</translation>
    </message>
    <message>
        <source>通知・依頼文</source>
        <translation>Notices and requests</translation>
    </message>
    <message>
        <source>住民向けのお知らせ</source>
        <translation>Notices for residents</translation>
    </message>
    <message>
        <source>議会答弁・説明資料</source>
        <translation>Council answers and explanatory material</translation>
    </message>
    <message>
        <source>庁内の資料・メール</source>
        <translation>Internal documents and e-mail</translation>
    </message>
    <message>
        <source>誤りと表記の統一のみ</source>
        <translation>Errors and consistent notation only</translation>
    </message>
    <message>
        <source>読みやすさの改善も含める</source>
        <translation>Also improve readability</translation>
    </message>
    <message>
        <source>問い合わせ</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>要望</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>苦情</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>意見・提案</source>
        <translation>Opinion or proposal</translation>
    </message>
    <message>
        <source>上司への報告</source>
        <translation>Report to a superior</translation>
    </message>
    <message>
        <source>課内での共有</source>
        <translation>Sharing within the section</translation>
    </message>
    <message>
        <source>住民への説明</source>
        <translation>Explanation to residents</translation>
    </message>
    <message>
        <source>自分の理解</source>
        <translation>My own understanding</translation>
    </message>
    <message>
        <source>英語</source>
        <translation>English</translation>
    </message>
    <message>
        <source>日本語</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>中国語（簡体字）</source>
        <translation>Chinese (Simplified)</translation>
    </message>
    <message>
        <source>中国語（繁体字）</source>
        <translation>Chinese (Traditional)</translation>
    </message>
    <message>
        <source>韓国語</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>ベトナム語</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>ポルトガル語</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <source>スペイン語</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>タガログ語</source>
        <translation>Tagalog</translation>
    </message>
    <message>
        <source>ネパール語</source>
        <translation>Nepali</translation>
    </message>
    <message>
        <source>インドネシア語</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>住民向けの案内・お知らせ</source>
        <translation>Guidance and notices for residents</translation>
    </message>
    <message>
        <source>公式文書・通知</source>
        <translation>Official documents and notices</translation>
    </message>
    <message>
        <source>メール・連絡</source>
        <translation>E-mail and messages</translation>
    </message>
    <message>
        <source>会議資料</source>
        <translation>Meeting material</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>テンプレートの編集</source>
        <translation>Edit template</translation>
    </message>
    <message>
        <source>TOML 形式で編集します。書き方は prompt_templates/README.md を参照してください。保存すると個人用フォルダに保存されます。</source>
        <translation>Edit in TOML format. See prompt_templates/README.md for how to write templates. Saving stores the template in your personal folder.</translation>
    </message>
    <message>
        <source>
同じ id の{source}テンプレートより、あなたの保存したものが優先されます。</source>
        <translation>
Your saved version takes precedence over the {source} template with the same id.</translation>
    </message>
    <message>
        <source>内蔵</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>組織の</source>
        <translation>organisation&apos;s</translation>
    </message>
    <message>
        <source>テンプレートの内容（TOML）</source>
        <translation>Template content (TOML)</translation>
    </message>
    <message>
        <source>検証結果</source>
        <translation>Validation result</translation>
    </message>
    <message>
        <source>誤りが {n} 件あります。直すと保存できます。</source>
        <translation>{n} errors found. Fix them to be able to save.</translation>
    </message>
    <message>
        <source>誤りはありません（id: {id}、入力項目 {n} 個）。</source>
        <translation>No errors (id: {id}, {n} input fields).</translation>
    </message>
    <message>
        <source>保存できませんでした（{err}）。</source>
        <translation>Could not save ({err}).</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>＊は必須です。Ctrl+Enter で送信内容を確認します。</source>
        <translation>* = required. Press Ctrl+Enter to review what will be sent.</translation>
    </message>
    <message>
        <source>ファイルを読み込み中です。終わるまでお待ちください。</source>
        <translation>A file is loading. Please wait until it has finished.</translation>
    </message>
    <message>
        <source>このテンプレートはファイルを読み込めません。</source>
        <translation>This template cannot load files.</translation>
    </message>
    <message>
        <source>「{name}」は読み込めません。{exts} のファイルを選んでください。</source>
        <translation>&quot;{name}&quot; cannot be loaded. Please choose a {exts} file.</translation>
    </message>
    <message>
        <source>{name} を読み込んでいます…</source>
        <translation>Loading {name}…</translation>
    </message>
    <message>
        <source>パスワードが入力されなかったため、「{name}」は読み込みませんでした。</source>
        <translation>No password was entered, so &quot;{name}&quot; was not loaded.</translation>
    </message>
    <message>
        <source>シート「{sheet}」は空です。右の一覧から別のシートを選んでください。</source>
        <translation>The sheet &quot;{sheet}&quot; is empty. Please choose another sheet from the list on the right.</translation>
    </message>
    <message>
        <source>「{name}」の読み込み中に予期しないエラーが発生しました。ファイルを保存し直してからもう一度お試しください。</source>
        <translation>An unexpected error occurred while loading &quot;{name}&quot;. Please save the file again and retry.</translation>
    </message>
</context>
<context>
    <name>TemplateListPanel</name>
    <message>
        <source>テンプレートを検索（Ctrl+F）</source>
        <translation>Search templates (Ctrl+F)</translation>
    </message>
    <message>
        <source>テンプレートの検索</source>
        <translation>Template search</translation>
    </message>
    <message>
        <source>テンプレート一覧</source>
        <translation>Template list</translation>
    </message>
    <message>
        <source>読み込み中…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>予期しないエラーが発生しました（{0}）。</source>
        <translation>An unexpected error occurred ({0}).</translation>
    </message>
    <message>
        <source>この回答に続けて質問できます（例:「もっと短く」「です・ます調で」）。個人情報は最初の依頼と同じ記号でマスクして送ります。</source>
        <translation>You can ask follow-up questions about this answer (e.g. &quot;shorter&quot;, &quot;more polite&quot;). Personal data is masked with the same placeholders as the first request.</translation>
    </message>
    <message>
        <source>続けて質問する（Ctrl+Enter で送信）</source>
        <translation>Ask a follow-up question (Ctrl+Enter to send)</translation>
    </message>
    <message>
        <source>続けて質問する</source>
        <translation>Follow-up question</translation>
    </message>
    <message>
        <source>送信</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>続けて質問します（Ctrl+Enter）</source>
        <translation>Send the follow-up question (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>再試行</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>最後の質問をもう一度送ります</source>
        <translation>Send the last question again</translation>
    </message>
    <message>
        <source>最初からやり直す</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>続けた質問を消して、最初の回答から質問し直します</source>
        <translation>Forget the follow-ups and ask again from the first answer</translation>
    </message>
    <message>
        <source>会話を保存…</source>
        <translation>Save conversation…</translation>
    </message>
    <message>
        <source>クリップボード経由のときは、続けての質問は Web チャットの画面で行ってください。</source>
        <translation>With the clipboard relay, ask follow-up questions in the web chat itself.</translation>
    </message>
    <message>
        <source>質問を入力してください。</source>
        <translation>Please type a question.</translation>
    </message>
    <message>
        <source>送信しています…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>回答を受信しています…（停止で中止）</source>
        <translation>Receiving the answer… (Stop to cancel)</translation>
    </message>
    <message>
        <source>回答が届きました。続けて質問できます。</source>
        <translation>The answer has arrived. You can ask another question.</translation>
    </message>
    <message>
        <source>停止しています…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>続けた質問を消しました。最初の回答から質問し直せます。</source>
        <translation>The follow-ups were removed. You can ask again from the first answer.</translation>
    </message>
    <message>
        <source>質問 {0} の回答をコピーしました（書式付き）。</source>
        <translation>Answer to question {0} copied (with formatting).</translation>
    </message>
    <message>
        <source>会話を保存</source>
        <translation>Save conversation</translation>
    </message>
    <message>
        <source>Word 文書 (*.docx);;テキスト (*.txt)</source>
        <translation>Word document (*.docx);;Text (*.txt)</translation>
    </message>
    <message>
        <source>会話</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>（会話）</source>
        <translation> (conversation)</translation>
    </message>
    <message>
        <source>ファイルを保存できませんでした。保存先を確認してください。</source>
        <translation>The file could not be saved. Please check the save location.</translation>
    </message>
    <message>
        <source>会話を保存しました: {0}</source>
        <translation>Conversation saved: {0}</translation>
    </message>
</context>
<context>
    <name>TurnView</name>
    <message>
        <source>質問 {0}: {1}</source>
        <translation>Question {0}: {1}</translation>
    </message>
    <message>
        <source>回答を待っています…</source>
        <translation>Waiting for the answer…</translation>
    </message>
    <message>
        <source>この回答をコピー</source>
        <translation>Copy this answer</translation>
    </message>
    <message>
        <source>受信中…</source>
        <translation>Receiving…</translation>
    </message>
    <message>
        <source>回答が届きました。</source>
        <translation>The answer has arrived.</translation>
    </message>
    <message>
        <source>（回答は途中までです）</source>
        <translation> (the answer is incomplete)</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>表示言語の変更は、アプリの再起動後に反映されます。</source>
        <translation>The display language will change after you restart the app.</translation>
    </message>
    <message>
        <source>自分の利用状況</source>
        <translation>My usage</translation>
    </message>
    <message>
        <source>効果の集計（管理者向け）</source>
        <translation>Time saved (for managers)</translation>
    </message>
    <message>
        <source>利用記録の書き出し先が設定されていません（設定 → 詳細）。</source>
        <translation>No export location is set for usage records (Settings → Advanced).</translation>
    </message>
    <message>
        <source>書き出せませんでした。後で自動的に再試行します。</source>
        <translation>The export failed. It will be retried automatically later.</translation>
    </message>
    <message>
        <source>{n} 件を書き出しました。</source>
        <translation>Exported {n} records.</translation>
    </message>
    <message>
        <source>（{n} 件は書き出し先に届かなかったため、後で自動的に再試行します）</source>
        <translation> ({n} records did not reach the export location and will be retried automatically later)</translation>
    </message>
    <message>
        <source>{name} {version}

自治体職員のための生成AI業務アシスタント。
個人情報は送信前にこの PC 上で記号に置き換えられ、回答の中で元に戻されます。</source>
        <translation>{name} {version}

A generative AI assistant for local-government staff.
Personal information is replaced with placeholders on this PC before sending, and restored in the answer.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>文書を開く…</source>
        <translation>Open document…</translation>
    </message>
    <message>
        <source>終了</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>テンプレート(&amp;T)</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <source>利用状況(&amp;U)</source>
        <translation>&amp;Usage</translation>
    </message>
    <message>
        <source>自分の利用状況…</source>
        <translation>My usage…</translation>
    </message>
    <message>
        <source>効果の集計（管理者向け）…</source>
        <translation>Time saved (for managers)…</translation>
    </message>
    <message>
        <source>利用記録を今すぐ書き出す</source>
        <translation>Export usage records now</translation>
    </message>
    <message>
        <source>設定(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>設定…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>庁内資料のフォルダ…</source>
        <translation>Organisation documents folders…</translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>このアプリについて</source>
        <translation>About this app</translation>
    </message>
    <message>
        <source>データの保存場所を開く</source>
        <translation>Open the data folder</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>表の分析</source>
        <translation>Table analysis</translation>
    </message>
    <message>
        <source>組織が月の利用上限を定めていますが、利用記録を読めないため今月の利用量を確認できません。そのため送信できません。アプリを二重に起動していないか確認し、解決しない場合は情報システム担当に連絡してください。入力した内容はそのまま残っています。</source>
        <translation>Your organisation sets a monthly limit, but the usage log cannot be read, so this month&apos;s use is unknown and nothing can be sent. Check that the app is not running twice; if that does not help, contact IT. Your input is kept.</translation>
    </message>
    <message>
        <source>今月の利用が組織の定めた上限に達したため、送信できません（{usage}）。入力した内容はそのまま残っています。翌月 1 日から再び送信できます。急ぎの場合は情報システム担当に相談してください。</source>
        <translation>This month&apos;s use has reached the limit set by your organisation, so nothing can be sent ({usage}). Your input is kept. Sending works again from the 1st of next month; if it is urgent, contact IT.</translation>
    </message>
    <message>
        <source>今月の利用が組織の定めた上限の {percent}% に達しました（{usage}）。上限に達すると、来月まで送信できなくなります。</source>
        <translation>This month&apos;s use has reached {percent}% of the limit set by your organisation ({usage}). At the limit, nothing can be sent until next month.</translation>
    </message>
    <message>
        <source>今月の利用が組織の定めた上限に達しました（{usage}）。来月 1 日までは送信できません。</source>
        <translation>This month&apos;s use has reached the limit set by your organisation ({usage}). Nothing can be sent until the 1st of next month.</translation>
    </message>
    <message>
        <source>トークン {used} / {limit}</source>
        <translation>tokens {used} / {limit}</translation>
    </message>
    <message>
        <source>料金 約 {used} 円 / {limit} 円</source>
        <translation>about {used} / {limit} yen</translation>
    </message>
    <message>
        <source>会話が長くなったため、古いやり取り（質問 {count} 件とその回答）を省いて送りました。AI は残りのやり取りと今回の質問をもとに答えます。</source>
        <translation>The conversation grew long: {count} earlier question(s) and their answers were left out of the request. The AI answers from the rest of the conversation and this question.</translation>
    </message>
    <message>
        <source>会話が長くなったため、最初の依頼（元の文書を含む）から数えて質問 {count} 件とその回答を省いて送りました。AI は残りのやり取りと今回の質問をもとに答えます。</source>
        <translation>The conversation grew long: the first request (with the original document) and the next questions, {count} in all, were left out of the request with their answers. The AI answers from the rest of the conversation and this question.</translation>
    </message>
    <message>
        <source>質問を入力してください。</source>
        <translation>Please type a question.</translation>
    </message>
    <message>
        <source>質問が長すぎます（20,000 文字まで）。長い資料は新しい依頼として送ってください。</source>
        <translation>The question is too long (up to 20,000 characters). Send long material as a new request.</translation>
    </message>
    <message>
        <source>直前の回答がないため、続けて質問できません。「再試行」で回答を受け取ってから質問してください。</source>
        <translation>There is no previous answer to follow up on. Use Retry to get an answer first.</translation>
    </message>
    <message>
        <source>直前の回答と今回の質問だけでも、1回に送れる長さを超えています。「最初からやり直す」で会話を始め直すか、質問を短くしてください。</source>
        <translation>The last answer and this question alone are longer than one request may be. Start over, or shorten the question.</translation>
    </message>
    <message>
        <source>埋め込みモデル（意味による検索）に接続できないため、語の一致だけで資料を検索しています。設定の「埋め込みモデルのデプロイ名」と API キーを確認してください。</source>
        <translation>The embeddings model (search by meaning) cannot be reached, so documents are searched by matching words only. Check the &quot;Embeddings deployment name&quot; setting and the API key.</translation>
    </message>
    <message>
        <source>庁内資料に聞く</source>
        <translation>Ask the organisation&apos;s documents</translation>
    </message>
    <message>
        <source>接続方式が「クリップボード経由」のため、AI サービスへの接続は行いません。</source>
        <translation>The provider is &quot;via clipboard&quot;, so no connection to an AI service is made.</translation>
    </message>
    <message>
        <source>接続できました（{what}、応答まで {seconds:.1f} 秒）。</source>
        <translation>Connected ({what}, answered in {seconds:.1f} s).</translation>
    </message>
    <message>
        <source>サーバーはコンテキスト長を公開していません。長い文書を扱う場合は設定「サーバーのコンテキスト長」を入れてください。</source>
        <translation>The server does not publish its context window. For long documents, enter it in the setting &quot;Server context window&quot;.</translation>
    </message>
    <message>
        <source>トークン数はサーバーのトークナイザーで数えます。</source>
        <translation>Tokens are counted with the server&apos;s tokenizer.</translation>
    </message>
    <message>
        <source>コンテキスト長 {window} トークン（{source}）。</source>
        <translation>Context window {window} tokens ({source}).</translation>
    </message>
    <message>
        <source>注意: サーバーが公開しているモデル名は {served} です（設定: {model}）。</source>
        <translation>Note: the server lists the models {served} (setting: {model}).</translation>
    </message>
    <message>
        <source>設定値</source>
        <translation>from settings</translation>
    </message>
    <message>
        <source>サーバーから取得</source>
        <translation>reported by the server</translation>
    </message>
    <message>
        <source>差別・憎悪</source>
        <translation>Hate</translation>
    </message>
    <message>
        <source>性的な表現</source>
        <translation>Sexual content</translation>
    </message>
    <message>
        <source>暴力</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>自傷</source>
        <translation>Self-harm</translation>
    </message>
    <message>
        <source>AI への不正な指示（ジェイルブレイク）</source>
        <translation>Manipulative instructions to the AI (jailbreak)</translation>
    </message>
    <message>
        <source>不適切な言葉</source>
        <translation>Profanity</translation>
    </message>
    <message>
        <source>著作物</source>
        <translation>Copyrighted material</translation>
    </message>
    <message>
        <source>著作物（コード）</source>
        <translation>Copyrighted material (code)</translation>
    </message>
    <message>
        <source>組織のブロックリスト</source>
        <translation>Organisation blocklist</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>入力内容が AI サービスのコンテンツフィルターで止められました（分類: {labels}）。該当する表現を言い換えるか削除してから、もう一度送信してください。</source>
        <translation>Your input was blocked by the AI service&apos;s content filter (category: {labels}). Reword or remove the flagged wording, then send again.</translation>
    </message>
    <message>
        <source>AI の回答がコンテンツフィルターで途中で止められました（分類: {labels}）。受信済みの部分は残しています。依頼の書き方を変えて再試行してください。</source>
        <translation>The AI&apos;s answer was stopped partway by the content filter (category: {labels}). The part already received has been kept. Rephrase your request and retry.</translation>
    </message>
    <message>
        <source>プロキシサーバー経由で AI サービス（{host}）に接続できませんでした。設定画面のプロキシ・PAC の設定を確認し、分からない場合は情報システム担当に連絡してください。</source>
        <translation>Could not connect to the AI service ({host}) through the proxy server. Check the proxy and PAC settings in Settings; if unsure, contact your IT department.</translation>
    </message>
    <message>
        <source>AI サービス（{host}）との安全な通信（TLS）を確立できませんでした。組織のプロキシが通信を検査している場合は、「OS の証明書ストアを使う」を有効にするか、情報システム担当から CA 証明書ファイルを受け取って設定してください。</source>
        <translation>Could not establish a secure (TLS) connection to the AI service ({host}). If your organisation&apos;s proxy inspects traffic, turn on &quot;Use the OS certificate store&quot;, or get a CA certificate file from your IT department and set it.</translation>
    </message>
    <message>
        <source>AI の回答が途中で途切れました。受信済みの部分は残しています（未完了）。「再試行」を押すと同じ内容でもう一度依頼します。</source>
        <translation>The AI&apos;s answer was cut off partway. The part already received has been kept (incomplete). Press &quot;Retry&quot; to send the same request again.</translation>
    </message>
    <message>
        <source>回答が長さの上限に達したため途中で終わりました（未完了）。依頼を分けるか、入力を短くしてください。</source>
        <translation>The answer reached the length limit and ended partway (incomplete). Split the request or shorten the input.</translation>
    </message>
    <message>
        <source>入力が AI サーバーの一度に扱える長さ（コンテキスト長）を超えました。入力を短くするか、設定「サーバーのコンテキスト長」にサーバーの値を入れてください。長い文書はファイルとして渡すと分割して処理します。</source>
        <translation>The input is longer than the AI server can take at once (its context window). Shorten the input, or enter the server&apos;s value in the setting &quot;Server context window&quot;. A long document given as a file is processed in parts.</translation>
    </message>
    <message>
        <source>依頼を中止しました。</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>AI サービスとの通信で予期しないエラーが発生しました。「再試行」を押してください。繰り返す場合は情報システム担当に連絡してください。</source>
        <translation>An unexpected error occurred while communicating with the AI service. Press &quot;Retry&quot;. If it happens again, contact your IT department.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID でのサインインに必要な部品（azure-identity）がインストールされていません。情報システム担当に連絡するか、認証方式を「API キー」にしてください。</source>
        <translation>The component needed to sign in with Microsoft Entra ID (azure-identity) is not installed. Contact your IT department, or set the authentication method to &quot;API key&quot;.</translation>
    </message>
    <message>
        <source>AI サービスに接続できましたが、認証に失敗しました（HTTP {status}）。API キーが正しいか、有効期限が切れていないかを設定画面で確認してください。分からない場合は情報システム担当に連絡してください。</source>
        <translation>Connected to the AI service, but authentication failed (HTTP {status}). Check in Settings that the API key is correct and has not expired. If unsure, contact your IT department.</translation>
    </message>
    <message>
        <source>AI サービスにデプロイ（モデル）が見つかりません（HTTP 404）。呼び出した URL: {url}
設定画面のエンドポイント・デプロイ名・API バージョンが正しいか確認してください。</source>
        <translation>The deployment (model) was not found on the AI service (HTTP 404). URL called: {url}
Check the endpoint, deployment name and API version in Settings.</translation>
    </message>
    <message>
        <source>AI サービスが混み合っているため、{attempts} 回試しましたが受け付けられませんでした（HTTP 429）。1〜2 分おいてから「再試行」を押してください。</source>
        <translation>The AI service is busy and did not accept the request after {attempts} attempts (HTTP 429). Wait a minute or two, then press &quot;Retry&quot;.</translation>
    </message>
    <message>
        <source>AI サービスから {seconds:g} 秒以内に応答がありませんでした。しばらくしてから「再試行」を押してください。繰り返す場合は設定のタイムアウトを長くするか、入力を短くしてください。</source>
        <translation>The AI service did not respond within {seconds:g} seconds. Wait a while, then press &quot;Retry&quot;. If it happens again, increase the timeout in Settings or shorten the input.</translation>
    </message>
    <message>
        <source>AI サービス（{host}）に接続できません。ネットワークにつながっているか、接続先のURL（Azure のエンドポイント、またはサーバーのベース URL）が正しいかを確認してください。オンプレミスのサーバーは起動しているかも確認してください。庁内ネットワーク（LGWAN など）ではプロキシの設定が必要な場合があります。</source>
        <translation>Cannot connect to the AI service ({host}). Check that you are connected to the network and that the service&apos;s URL (the Azure endpoint, or the server&apos;s base URL) is correct, and that an on-premises server is running. On an internal government network (such as LGWAN) a proxy setting may be needed.</translation>
    </message>
    <message>
        <source>回答が出力の上限（{limit} トークン）に達したため途中で終わりました（未完了）。受信済みの部分は残しています。設定「{setting}」を大きくするか、求める回答を短く（項目数や文字数を指定）してください。</source>
        <translation>The answer stopped at the output limit ({limit} tokens) (incomplete). The part received is kept. Raise the setting &quot;{setting}&quot;, or ask for a shorter answer (give a number of items or characters).</translation>
    </message>
    <message>
        <source>入力が AI サーバーの一度に扱える長さ（コンテキスト長 {window} トークン）を超えました。入力を短くするか、設定「回答の上限トークン数」を小さくしてください。長い文書はファイルとして渡すと分割して処理します。</source>
        <translation>The input is longer than the AI server can take at once (context window {window} tokens). Shorten the input or lower the setting &quot;Answer token limit&quot;. A long document given as a file is processed in parts.</translation>
    </message>
    <message>
        <source>AI サーバーに API が見つかりません（HTTP 404）。呼び出した URL: {url}
設定の「ベース URL」が違う可能性があります。多くのサーバーでは末尾に /v1 が必要です（例: {suggestion}）。</source>
        <translation>The AI server has no API at this address (HTTP 404). URL called: {url}
The &quot;Base URL&quot; setting may be wrong. Most servers need /v1 at the end (for example {suggestion}).</translation>
    </message>
    <message>
        <source>AI サーバーに API が見つかりません（HTTP 404）。呼び出した URL: {url}
設定の「ベース URL」（例: http://サーバー名:8080/v1）が正しいか確認してください。</source>
        <translation>The AI server has no API at this address (HTTP 404). URL called: {url}
Check the &quot;Base URL&quot; setting (for example http://server:8080/v1).</translation>
    </message>
    <message>
        <source>AI サーバーはモデル「{model}」を提供していません。設定の「モデル名」を、サーバーが提供している次のいずれかにしてください: {served}</source>
        <translation>The AI server does not serve the model &quot;{model}&quot;. Set &quot;Model name&quot; to one the server serves: {served}</translation>
    </message>
    <message>
        <source>AI サーバーはモデル「{model}」を提供していません。設定の「モデル名」を確認してください。</source>
        <translation>The AI server does not serve the model &quot;{model}&quot;. Check the &quot;Model name&quot; setting.</translation>
    </message>
    <message>
        <source>AI サービスが依頼を受け付けませんでした（HTTP {status}）。入力が長すぎるか、設定の API バージョン・モデル名が対応していない可能性があります。入力を短くするか、情報システム担当に連絡してください。</source>
        <translation>The AI service rejected the request (HTTP {status}). The input may be too long, or the API version or model name in Settings may not be supported. Shorten the input or contact your IT department.</translation>
    </message>
    <message>
        <source>AI サービス側でエラーが発生しました（HTTP {status}、{attempts} 回試行）。しばらくしてから「再試行」を押してください。</source>
        <translation>An error occurred on the AI service&apos;s side (HTTP {status}, {attempts} attempts). Wait a while, then press &quot;Retry&quot;.</translation>
    </message>
    <message>
        <source>回答の上限トークン数</source>
        <translation>Answer token limit</translation>
    </message>
    <message>
        <source>長い文書の {count} 部分で、要約が出力の上限（設定「{setting}」）に達して途中までになりました。その部分は途中までの要約を使ってまとめています。</source>
        <translation>In {count} part(s) of the long document the summary stopped at the output limit (setting &quot;{setting}&quot;). The partial summary of those parts was used.</translation>
    </message>
    <message>
        <source>長い文書の一部が AI サーバーの一度に扱える長さを超えたため、さらに分けて処理しました（全 {parts} 部）。</source>
        <translation>Part of the long document was longer than the AI server can take at once, so it was split further ({parts} parts in all).</translation>
    </message>
    <message>
        <source>マスキングは常に行われるため、この項目は不要になりました</source>
        <translation>Masking always runs, so this key is no longer needed</translation>
    </message>
    <message>
        <source>接続方式</source>
        <translation>Connection method</translation>
    </message>
    <message>
        <source>許可する接続方式</source>
        <translation>Allowed connection methods</translation>
    </message>
    <message>
        <source>エンドポイント</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>デプロイ名</source>
        <translation>Deployment name</translation>
    </message>
    <message>
        <source>API バージョン</source>
        <translation>API version</translation>
    </message>
    <message>
        <source>Azure API 形式</source>
        <translation>Azure API style</translation>
    </message>
    <message>
        <source>認証方式</source>
        <translation>Authentication method</translation>
    </message>
    <message>
        <source>ベース URL（OpenAI 互換）</source>
        <translation>Base URL (OpenAI-compatible)</translation>
    </message>
    <message>
        <source>モデル名（OpenAI 互換）</source>
        <translation>Model name (OpenAI-compatible)</translation>
    </message>
    <message>
        <source>タイムアウト（秒）</source>
        <translation>Timeout (seconds)</translation>
    </message>
    <message>
        <source>再試行回数</source>
        <translation>Retries</translation>
    </message>
    <message>
        <source>1回に送る最大トークン数</source>
        <translation>Maximum tokens per request</translation>
    </message>
    <message>
        <source>回答の上限トークン数（文章）</source>
        <translation>Answer token limit (text)</translation>
    </message>
    <message>
        <source>回答の上限トークン数（文書・挨拶文）</source>
        <translation>Answer token limit (letters and greetings)</translation>
    </message>
    <message>
        <source>回答の上限トークン数（Excel の数式）</source>
        <translation>Answer token limit (Excel formulas)</translation>
    </message>
    <message>
        <source>回答の上限トークン数（長い文書の各部分）</source>
        <translation>Answer token limit (each part of a long document)</translation>
    </message>
    <message>
        <source>上限の送り方</source>
        <translation>How the limit is sent</translation>
    </message>
    <message>
        <source>サーバーのコンテキスト長（0=サーバーに問い合わせる）</source>
        <translation>Server context window (0 = ask the server)</translation>
    </message>
    <message>
        <source>システム指示を本文の先頭に入れて送る（system 役割のないモデル用）</source>
        <translation>Send the system instructions at the start of the message (for models without a system role)</translation>
    </message>
    <message>
        <source>プロキシ（空欄=システム設定）</source>
        <translation>Proxy (blank = system setting)</translation>
    </message>
    <message>
        <source>PAC ファイルの URL</source>
        <translation>PAC file URL</translation>
    </message>
    <message>
        <source>追加の CA 証明書ファイル</source>
        <translation>Additional CA certificate file</translation>
    </message>
    <message>
        <source>OS の証明書ストアを使う</source>
        <translation>Use the OS certificate store</translation>
    </message>
    <message>
        <source>入力 1,000 トークンの料金（円）</source>
        <translation>Price per 1,000 input tokens (¥)</translation>
    </message>
    <message>
        <source>出力 1,000 トークンの料金（円）</source>
        <translation>Price per 1,000 output tokens (¥)</translation>
    </message>
    <message>
        <source>1か月のトークン上限（0=上限なし）</source>
        <translation>Monthly token limit (0 = none)</translation>
    </message>
    <message>
        <source>1か月の料金上限（円、0=上限なし）</source>
        <translation>Monthly cost limit (yen, 0 = none)</translation>
    </message>
    <message>
        <source>予算の警告を出す割合（%）</source>
        <translation>Budget warning threshold (%)</translation>
    </message>
    <message>
        <source>所属</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>所属の一覧</source>
        <translation>List of departments</translation>
    </message>
    <message>
        <source>表示言語</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>マスキングの解除を許可する</source>
        <translation>Allow unmasking</translation>
    </message>
    <message>
        <source>必ずマスクする語の辞書</source>
        <translation>Dictionary of words to always mask</translation>
    </message>
    <message>
        <source>マスクしない語の一覧</source>
        <translation>List of words never to mask</translation>
    </message>
    <message>
        <source>送信を禁止する語</source>
        <translation>Terms that stop a text from being sent</translation>
    </message>
    <message>
        <source>送信を禁止する語の一覧ファイル</source>
        <translation>File of terms that stop a text from being sent</translation>
    </message>
    <message>
        <source>組織のテンプレートフォルダ</source>
        <translation>Organisation template folder</translation>
    </message>
    <message>
        <source>読み込むファイルの上限（MB）</source>
        <translation>Maximum file size to load (MB)</translation>
    </message>
    <message>
        <source>利用記録の書き出し先</source>
        <translation>Usage record export location</translation>
    </message>
    <message>
        <source>利用者 ID のソルト</source>
        <translation>User ID salt</translation>
    </message>
    <message>
        <source>Excel の版</source>
        <translation>Excel version</translation>
    </message>
    <message>
        <source>庁内資料のフォルダ</source>
        <translation>Organisation&apos;s document folders</translation>
    </message>
    <message>
        <source>共有の資料索引ファイル</source>
        <translation>Published document index (file)</translation>
    </message>
    <message>
        <source>埋め込みモデルのデプロイ名（空欄=使わない）</source>
        <translation>Embeddings deployment name (empty = not used)</translation>
    </message>
    <message>
        <source>設定ファイルの形式が古すぎて読み込めません。</source>
        <translation>The settings file format is too old to be read.</translation>
    </message>
    <message>
        <source>設定ファイルはこのアプリより新しい版で作られています。既定値で起動します。</source>
        <translation>The settings file was created by a newer version of this app. Starting with the default settings.</translation>
    </message>
    <message>
        <source>文章</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>検算済み</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>エラー</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>未検証</source>
        <translation>Unverified</translation>
    </message>
    <message>
        <source>Excel の数式</source>
        <translation>Excel formula</translation>
    </message>
    <message>
        <source>文書（手紙の体裁）</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>1人1日あたり</source>
        <translation>per person per day</translation>
    </message>
    <message>
        <source>約10分</source>
        <translation>about 10 min</translation>
    </message>
    <message>
        <source>1人1か月あたり</source>
        <translation>per person per month</translation>
    </message>
    <message>
        <source>約1.3時間</source>
        <translation>about 1.3 h</translation>
    </message>
    <message>
        <source>1人1年あたり</source>
        <translation>per person per year</translation>
    </message>
    <message>
        <source>約53.7時間</source>
        <translation>about 53.7 h</translation>
    </message>
    <message>
        <source>あいさつ文の作成</source>
        <translation>writing a greeting</translation>
    </message>
    <message>
        <source>約60分 → 約30分</source>
        <translation>about 60 min → about 30 min</translation>
    </message>
    <message>
        <source>（所属未設定）</source>
        <translation>(no department set)</translation>
    </message>
    <message>
        <source>利用記録のデータベースを開けませんでした。アプリを二重に起動していないか、データフォルダに書き込めるかを確認してください。</source>
        <translation>The usage record database could not be opened. Check that the app is not already running and that you can write to the data folder.</translation>
    </message>
    <message>
        <source>利用記録はこのアプリより新しい版で作られています。アプリを更新してください。</source>
        <translation>The usage records were created by a newer version of this app. Please update the app.</translation>
    </message>
    <message>
        <source>利用記録のデータベースが壊れていて、退避もできませんでした。アプリを終了し、情報システム担当に連絡してください。</source>
        <translation>The usage record database is damaged and could not be moved aside. Close the app and contact your IT department.</translation>
    </message>
    <message>
        <source>利用記録のデータベースを新しく作れませんでした。データフォルダに書き込めるかを確認してください。</source>
        <translation>A new usage record database could not be created. Check that you can write to the data folder.</translation>
    </message>
</context>
<context>
    <name>document_dialogs</name>
    <message>
        <source>読み込めるファイル ({patterns});;すべてのファイル (*)</source>
        <translation>Supported files ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>ファイルを読み込む</source>
        <translation>Open a file</translation>
    </message>
    <message>
        <source>テキスト</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Word 文書</source>
        <translation>Word document</translation>
    </message>
    <message>
        <source>Excel ブック</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>シート「{sheet}」</source>
        <translation>sheet &quot;{sheet}&quot;</translation>
    </message>
    <message>
        <source>{n} ページ</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>{n:,} 文字</source>
        <translation>{n:,} characters</translation>
    </message>
</context>
</TS>
