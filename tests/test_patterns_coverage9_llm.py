"""Coverage of the AI-engineer (A01–A10), research (R01–R06) and foundation (P17) rules added for issue 3
round 9, and the near misses they must leave alone.

RAG is retrieval work, not any ranker: a vector store listed after "and"/"+" in a bullet ("LlamaIndex and
Qdrant"), a retrieval-augmented system, retrieval over documents, answers that cite their sources, chunk and
HNSW tuning, Cohere Rerank. A LambdaMART reranker, an ads "reranking" stage, an embedding model being
quantised and a "Vector DBs:" skills header are not RAG. Evaluation is "LLM evaluation", an eval tool with
a verb, golden-question counts, groundedness measured or judged; adversarial prompts are red-teaming and a
pre-training lab's evaluation harness is research engineering. Agents are agentic systems, agent prototypes,
"an agent that books…", "the agent we built", the Agents SDK; human support agents are not. Research
publications are cited with a venue and year after the title's closing punctuation, "In Proc. <venue>",
"submitted to <venue>"; a reviewer or area chair of a venue is a role, not a paper, and a white paper is a
report. Released code is public: an internal library published to a private index is not open source.

Every case is a line written for this test with the exact span text, label and polarity (from the first
to the last token the rule requires); the rule id is in the comment.
"""

from __future__ import annotations

import pytest
from line_evidence import evidence, labels

# (line, label, span text, polarity)
POSITIVE = [
    # vector_db_usage
    (
        "Support chatbot built on LlamaIndex and Qdrant for the billing team.",
        "LLM.RAG",
        "built on LlamaIndex and Qdrant",
        "asserted",
    ),
    # s9_rag_store_listed
    (
        "Prototype Q&A tool: GPT-4o + pgvector over our onboarding guides.",
        "LLM.RAG",
        "+ pgvector",
        "hypothetical",
    ),
    # s9_rag_retrieval_augmented
    (
        "Shipped a retrieval-augmented copilot for the underwriting desk.",
        "LLM.RAG",
        "retrieval-augmented copilot",
        "asserted",
    ),
    # s9_rag_retrieval_over_docs
    (
        "Built retrieval over 40k engineering runbooks for the on-call rotation.",
        "LLM.RAG",
        "retrieval over 40k engineering runbooks",
        "asserted",
    ),
    # s9_rag_cited_answers
    (
        "Every answer cites its source documents in the sidebar.",
        "LLM.RAG",
        "answer cites its source",
        "asserted",
    ),
    # s9_rag_noun_more
    ("Read up on RAG concepts during a two-week hackathon.", "LLM.RAG", "RAG concepts", "demo"),
    # s9_rag_and_vector
    (
        "Exposure to RAG and vector search through online courses.",
        "LLM.RAG",
        "RAG and vector search",
        "hedged",
    ),
    # s9_rag_vector_db
    ("Moved our embedding-store from Redis to Weaviate.", "LLM.RAG", "embedding-store", "asserted"),
    # s9_rag_chunk_tuning
    (
        "Tuned chunk overlap and HNSW parameters for the policy index.",
        "LLM.RAG",
        "chunk overlap and HNSW parameters",
        "asserted",
    ),
    # reranking
    ("Added Cohere Rerank to the help-centre retriever.", "LLM.RAG", "Cohere Rerank", "asserted"),
    # s9_eval_llm_eval
    ("Set up LLM evaluation for the claims summariser.", "LLM.EVAL", "LLM evaluation", "asserted"),
    # s9_eval_with_tool
    (
        "Evaluated the contract assistant nightly with DeepEval.",
        "LLM.EVAL",
        "Evaluated the contract assistant nightly with DeepEval",
        "asserted",
    ),
    # s9_eval_tool_run
    ("We run promptfoo against every prompt pull request.", "LLM.EVAL", "run promptfoo against", "asserted"),
    # s9_eval_golden_items
    ("Grew the eval set to 900 graded questions.", "LLM.EVAL", "900 graded questions", "asserted"),
    # s9_eval_golden_items
    ("Wrote 250 golden questions for the HR bot.", "LLM.EVAL", "250 golden questions", "asserted"),
    # s9_eval_groundedness_measured
    (
        "Measured weekly faithfulness of the support answers.",
        "LLM.EVAL",
        "Measured weekly faithfulness",
        "asserted",
    ),
    # s9_eval_scorer
    ("Built a groundedness judge for the policy assistant.", "LLM.EVAL", "groundedness judge", "asserted"),
    # eval_harness
    (
        "Owned the eval pipelines for three copilots.",
        "LLM.EVAL",
        "eval pipelines for three copilots",
        "asserted",
    ),
    # s9_eval_regression_test_prompts
    (
        "Regression-tested the prompts before each release.",
        "LLM.EVAL",
        "Regression-tested the prompts",
        "asserted",
    ),
    # s9_agentic_noun
    (
        "Agentic expense-audit pipeline that flags duplicate claims.",
        "LLM.AGENT",
        "Agentic expense-audit pipeline",
        "asserted",
    ),
    # s9_agent_prototype
    ("The agent prototype handled 30 pilot users.", "LLM.AGENT", "agent prototype", "hypothetical"),
    # built_agents
    ("Shipped a pilot agent for IT ticket triage.", "LLM.AGENT", "Shipped a pilot agent for", "hypothetical"),
    # built_agents
    ("Wrote an agent that books rooms from Slack.", "LLM.AGENT", "Wrote an agent that", "asserted"),
    # s9_agent_i_built
    (
        "The scheduling agent we built reschedules missed deliveries.",
        "LLM.AGENT",
        "agent we built",
        "asserted",
    ),
    # s9_agents_sdk
    ("Built on the OpenAI Agents SDK with two tools.", "LLM.AGENT", "Agents SDK", "asserted"),
    # x_agent_framework
    ("Learning CrewAI for a multi-step research agent.", "LLM.AGENT", "CrewAI for a multi", "learning"),
    # s9_api_provider_lower
    ("INTEGRATED GEMINI API INTO THE CRM.", "LLM.API", "GEMINI API", "asserted"),
    # r7_llm_model_in_prose
    (
        "Drafting emails with Azure OpenAI GPT-4o for the sales team.",
        "LLM.API",
        "with Azure OpenAI GPT-4o",
        "asserted",
    ),
    # s9_api_gpt_app
    ("Weekend project: a GPT-4 flashcard generator.", "LLM.API", "GPT-4 flashcard generator", "demo"),
    # llm_app
    ("Shipped LLM-powered search suggestions.", "LLM.API", "LLM-powered", "asserted"),
    # s9_ops_prep_engine
    ("Served the summariser from vLLM on two L4 GPUs.", "LLM.OPS", "from vLLM", "asserted"),
    # s9_ops_tensorrt_llm
    ("Benchmarked TensorRT-LLM against TGI for our chat traffic.", "LLM.OPS", "TensorRT-LLM", "asserted"),
    # s9_ops_hosted_open_llm
    ("Self-hosted Qwen 2.5 14B for the legal team.", "LLM.OPS", "Self-hosted Qwen", "asserted"),
    # s9_ops_engine_setup
    (
        "Ran an Ollama server for the data team's internal experiments.",
        "LLM.OPS",
        "Ollama server",
        "asserted",
    ),
    # s9_ops_llm_serving
    ("Keen to learn LLM inference at scale.", "LLM.OPS", "LLM inference", "learning"),
    # s9_ops_fallback
    (
        "Automatic fallback to Claude when the primary provider times out.",
        "LLM.OPS",
        "fallback to Claude",
        "asserted",
    ),
    # s9_ops_routing_long
    (
        "Routing easy queries to a distilled 1B model cut spend by half.",
        "LLM.OPS",
        "Routing easy queries to a distilled 1B model",
        "asserted",
    ),
    # s9_obs_prep_tool
    ("All chain runs are logged to Langfuse.", "LLM.OBSERVABILITY", "to Langfuse", "asserted"),
    # s9_obs_tool_scores
    (
        "Reviewed Langfuse scores with product every sprint.",
        "LLM.OBSERVABILITY",
        "Langfuse scores",
        "asserted",
    ),
    # s9_obs_traced_step
    (
        "Traced each agent step with OpenTelemetry spans.",
        "LLM.OBSERVABILITY",
        "Traced each agent step",
        "asserted",
    ),
    # s9_fw_plus_store
    ("LlamaIndex + Weaviate help-desk search.", "LLM.FRAMEWORK", "LlamaIndex + Weaviate", "asserted"),
    # s9_fw_use_for
    ("Used LangChain to orchestrate the extraction chain.", "LLM.FRAMEWORK", "Used LangChain to", "asserted"),
    # s9_fw_artifact_more
    ("Compiled the classifier prompts into a DSPy program.", "LLM.FRAMEWORK", "DSPy program", "asserted"),
    # s9_prompt_ab_tested
    (
        "A/B-tested three prompt variants on live traffic.",
        "LLM.PROMPT",
        "A/B-tested three prompt",
        "asserted",
    ),
    # s9_prompt_system_edit
    (
        "Hardened the system prompt against role-play jailbreaks.",
        "LLM.PROMPT",
        "Hardened the system prompt",
        "asserted",
    ),
    # s9_prompt_engineered
    (
        "Prompt-engineered a triage classifier for inbound email.",
        "LLM.PROMPT",
        "Prompt-engineered",
        "asserted",
    ),
    # s9_prompt_make_prompts
    (
        "Made the prompts for summarise the calls of customers.",
        "LLM.PROMPT",
        "Made the prompts for",
        "asserted",
    ),
    # s9_prompt_registry
    (
        "Kept every prompt in a versioned registry.",
        "LLM.PROMPT",
        "prompt in a versioned registry",
        "asserted",
    ),
    # s9_guard_presidio
    (
        "Presidio masks customer names before the prompts reach the LLM.",
        "LLM.GUARDRAILS",
        "Presidio masks customer names before the prompts",
        "asserted",
    ),
    # moderation
    ("Added a toxicity filter on chatbot replies.", "LLM.GUARDRAILS", "toxicity filter", "asserted"),
    # s9_guard_refusal_policy
    ("Wrote the refusal policy for medical questions.", "LLM.GUARDRAILS", "refusal policy", "asserted"),
    # s9_pub_cited_venue
    (
        'Diaz, P. and Kim, S. "Sparse routing for speech." ICASSP 2022.',
        "RES.PUB",
        '" ICASSP 2022',
        "asserted",
    ),
    # s9_pub_proceedings
    ("Lee, J. (2021). Label noise in ECG. In Proc. MICCAI.", "RES.PUB", "Proc. MICCAI", "asserted"),
    # s9_pub_under_review_at
    ("Submitted to NeurIPS: a benchmark for table QA.", "RES.PUB", "Submitted to NeurIPS", "asserted"),
    # s9_pub_peer_reviewed
    ("Author of 6 peer-reviewed papers on speech.", "RES.PUB", "peer-reviewed papers", "asserted"),
    # s9_pub_in_conference
    (
        "Published two papers in the journal Bioinformatics.",
        "RES.PUB",
        "Published two papers in the journal",
        "asserted",
    ),
    # s9_pub_talk
    ("Keynote talk at the regional ML summit.", "RES.PUB", "Keynote talk", "asserted"),
    # s9_pub_chapter
    ("Wrote a book chapter on causal inference.", "RES.PUB", "Wrote a book chapter", "asserted"),
    # s9_pub_scholar_profile
    (
        "Google Scholar: 312 citations, h-index 8",
        "RES.PUB",
        "Google Scholar: 312 citations, h-index 8",
        "asserted",
    ),
    # s9_novel_method_long
    (
        "Designed a novel sparsity-aware attention architecture for ASR.",
        "RES.NOVEL",
        "Designed a novel sparsity-aware attention architecture",
        "asserted",
    ),
    # s9_novel_objective
    (
        "Introduced a contrastive objective for ECG pre-training.",
        "RES.NOVEL",
        "Introduced a contrastive objective",
        "asserted",
    ),
    # s9_novel_adj
    (
        "Novel curriculum method for low-resource translation.",
        "RES.NOVEL",
        "Novel curriculum method",
        "asserted",
    ),
    # s9_novel_beats_prior
    (
        "Our model beats strong baselines on four benchmarks.",
        "RES.NOVEL",
        "beats strong baselines",
        "asserted",
    ),
    # s9_eng_pretrain_data_jobs
    (
        "Wrote the tokenisation and sharding jobs for the 13B run.",
        "RES.ENG",
        "Wrote the tokenisation and sharding jobs",
        "asserted",
    ),
    # s9_eng_tokenised_tokens
    (
        "Deduplicated and tokenized 900B tokens of web text.",
        "RES.ENG",
        "Deduplicated and tokenized 900B tokens",
        "asserted",
    ),
    # s9_eng_for_pretraining
    ("Built the streaming loader used for pre-training.", "RES.ENG", "for pre-training", "asserted"),
    # s9_eng_kept_gpus
    (
        "Kept the 128-GPU runs alive through preemptions.",
        "RES.ENG",
        "Kept the 128-GPU runs alive",
        "asserted",
    ),
    # s9_oss_released_named
    (
        "Released the MedSpeech-Pro corpus with baselines.",
        "RES.OSS",
        "Released the MedSpeech-Pro corpus",
        "asserted",
    ),
    # s9_oss_open_sourced
    (
        "Open-sourced the evaluation code under Apache 2.0.",
        "RES.OSS",
        "Open-sourced the evaluation code",
        "asserted",
    ),
    # s9_oss_merged_prs
    ("Landed 9 merged PRs in Hugging Face Datasets.", "RES.OSS", "9 merged PRs", "asserted"),
    # s9_oss_code_public
    ("Code and weights are publicly available.", "RES.OSS", "Code and weights are publicly", "asserted"),
    # s9_role_programme_committee
    ("Programme committee member, ICASSP 2024.", "RES.ROLE", "Programme committee member", "asserted"),
    # s9_role_cosupervised_students
    ("Co-supervised three MSc theses on speech.", "RES.ROLE", "Co-supervised three MSc theses", "asserted"),
    # s9_role_advisor
    ("Supervisor: Professor L. Moreau", "RES.ROLE", "Supervisor: Professor", "asserted"),
    # s9_role_published_researcher
    (
        "Published researcher with a focus on tabular learning.",
        "RES.ROLE",
        "Published researcher",
        "asserted",
    ),
    # s9_role_doctoral_work
    ("My doctoral research covered Bayesian optimisation.", "RES.ROLE", "doctoral research", "asserted"),
    # s9_role_research_split
    ("Re-search Scientist, Speech Group", "RES.ROLE", "Re-search Scientist", "asserted"),
    # s9_found_gradient_issue
    (
        "Debugged a loss explosion in the fp16 training run.",
        "FOUND.DL_DEPTH",
        "Debugged a loss explosion",
        "asserted",
    ),
    # s9_found_rewrote_loader
    (
        "Rewrote the dataloader with pinned memory and prefetching.",
        "FOUND.DL_DEPTH",
        "Rewrote the dataloader",
        "asserted",
    ),
    # s9_found_rewrote_input_pipeline
    (
        "Optimised the input pipeline with tf.data prefetching.",
        "FOUND.DL_DEPTH",
        "Optimised the input pipeline",
        "asserted",
    ),
    # s9_found_hand_written_loop
    (
        "A hand-written training loop with gradient accumulation.",
        "FOUND.DL_DEPTH",
        "hand-written training loop",
        "asserted",
    ),
    # s9_found_pypi_release
    (
        "Released the client library to PyPI with semantic versioning.",
        "FOUND.PY_DEPTH",
        "Released the client library to PyPI",
        "asserted",
    ),
    # s9_found_type_hints
    ("Added type hints across the feature library.", "FOUND.PY_DEPTH", "type hints", "asserted"),
    # s9_found_python_packaging
    ("Good grasp of Python packaging.", "FOUND.PY_DEPTH", "Python packaging", "asserted"),
    # s9_found_pytest_package
    (
        "GitHub Actions run pytest on the package for every PR.",
        "FOUND.PY_DEPTH",
        "pytest on the package",
        "asserted",
    ),
    # s9_rag_store_listed_cs
    ("Meeting-notes search built with Haystack and Chroma.", "LLM.RAG", "and Chroma", "asserted"),
    # s9_rag_hnsw
    ("Retuned the HNSW index for faster recall.", "LLM.RAG", "HNSW index", "asserted"),
    # s9_eval_set_size
    ("Eval suite of 1,200 customer questions.", "LLM.EVAL", "Eval suite of 1,200", "asserted"),
    # s9_eval_pipelines
    ("Maintained the evals suite.", "LLM.EVAL", "evals suite", "asserted"),
    # s9_prototype_agent
    ("Experimental agent for invoice matching.", "LLM.AGENT", "Experimental agent", "asserted"),
    # s9_agent_that_acts
    ("An agent that drafts replies for the help desk.", "LLM.AGENT", "An agent that drafts", "asserted"),
    # s9_agent_framework_for
    (
        "Exploring LangGraph for long-running agents.",
        "LLM.AGENT",
        "LangGraph for long-running agents",
        "learning",
    ),
    # s9_api_openai_gpt
    ("Summaries come from OpenAI o3 via the batch endpoint.", "LLM.API", "OpenAI o3", "asserted"),
    # s9_guard_toxic_filter
    ("Profanity filter on every bot reply.", "LLM.GUARDRAILS", "Profanity filter", "asserted"),
    # s9_guard_filter_of_toxic
    (
        "Filtering of toxic replies before they reach users.",
        "LLM.GUARDRAILS",
        "Filtering of toxic",
        "asserted",
    ),
    # s9_guard_citation_checks
    ("Added citation checks to the legal assistant.", "LLM.GUARDRAILS", "citation checks", "asserted"),
    # s9_role_assistant_of_research
    ("Worked as assistant of research in the NLP group.", "RES.ROLE", "assistant of research", "asserted"),
    # s9_role_advisor
    ("MSc thesis, Leeds; advisor: Prof. K. Osei", "RES.ROLE", "advisor: Prof.", "asserted"),
    # s9_rag_provider_embeddings
    (
        "Indexed the FAQ with Voyage embeddings for the help widget.",
        "LLM.RAG",
        "Voyage embeddings",
        "asserted",
    ),
    # s9_ops_engine_quant
    ("Benchmarked SGLang with FP8 against our old stack.", "LLM.OPS", "SGLang with FP8", "asserted"),
    # s9_ops_production_llm
    ("Two years of production LLM systems for insurers.", "LLM.OPS", "production LLM systems", "asserted"),
    # s9_ft_model_finetune
    ("Led the Qwen 7B fine-tune for the claims domain.", "LLM.FINETUNE", "Qwen 7B fine-tune", "asserted"),
    # s9_ft_tuned_artifact
    (
        "Fine-tuned a radiology report summariser on 20k notes.",
        "LLM.FINETUNE",
        "Fine-tuned a radiology report summariser",
        "asserted",
    ),
    # s9_pub_on_arxiv
    ("Preprint posted to arXiv in March 2024.", "RES.PUB", "posted to arXiv", "asserted"),
    # arxiv
    ("arXiv preprint: sparse attention for streaming ASR (2024).", "RES.PUB", "arXiv preprint", "asserted"),
    # s9_agent_with_tool_calling
    (
        "Built a booking assistant with tool calling for the front desk.",
        "LLM.AGENT",
        "assistant with tool calling",
        "asserted",
    ),
    # s9_eval_suites
    ("Owned two eval suites, one per product line.", "LLM.EVAL", "eval suites", "asserted"),
    # s9_found_rewrote_data_loader
    (
        "Rewrote the data loader to stream image shards during training.",
        "FOUND.DL_DEPTH",
        "Rewrote the data loader",
        "asserted",
    ),
    # s9_role_supervised_students
    ("Supervised two MSc theses on speech enhancement.", "RES.ROLE", "Supervised two MSc theses", "asserted"),
    # s9_patent_ep_number
    (
        "Co-inventor, EP 3 441 902 B1, on-device keyword spotting.",
        "RES.PATENT",
        "EP 3 441 902 B1",
        "asserted",
    ),
    # s9_patent_wo_number
    ("Inventor, WO 2023/118842 (filed).", "RES.PATENT", "WO 2023/118842", "asserted"),
    # s9_pub_poster_colon
    ("Poster: 'Sparse experts for speech' at a regional workshop.", "RES.PUB", "Poster:", "asserted"),
    # s9_api_provider_product
    ("Moved nightly summaries to the OpenAI Batch API.", "LLM.API", "OpenAI Batch API", "asserted"),
    # s9_api_streaming_completions
    (
        "Streaming completions render in the chat widget as they arrive.",
        "LLM.API",
        "Streaming completions",
        "asserted",
    ),
    # s9_api_token_budget
    ("Set per-team token budgets for the copilots.", "LLM.API", "token budgets", "asserted"),
    # s9_rag_source_attribution
    ("Source attribution shown under every answer.", "LLM.RAG", "Source attribution", "asserted"),
    # s9_agent_platform
    ("Bedrock Agents handle claims intake end to end.", "LLM.AGENT", "Bedrock Agents", "asserted"),
    # s9_agent_platform
    (
        "Prototyped the intake flow in Vertex AI Agent Builder.",
        "LLM.AGENT",
        "Vertex AI Agent",
        "hypothetical",
    ),
    # s9_ops_engine_setup
    ("Running NIM containers for the summariser on EKS.", "LLM.OPS", "NIM containers", "asserted"),
    # s9_pub_accepted_for
    ("Camera-ready for ICML 2024.", "RES.PUB", "ready for ICML", "asserted"),
    # s9_pub_journal_article
    ("Journal article on seismic denoising (2022).", "RES.PUB", "Journal article", "asserted"),
    # s9_eng_model_pretraining
    ("Scaled the language model pre-training to 512 GPUs.", "RES.ENG", "model pre-training", "asserted"),
    # s9_found_numerical_instability
    (
        "Fixed numerical instability in the fp16 attention softmax.",
        "FOUND.DL_DEPTH",
        "Fixed numerical instability",
        "asserted",
    ),
    # s9_found_multiprocessing
    (
        "Multiprocessing rewrite of the scoring job cut runtime by 70%.",
        "FOUND.PY_DEPTH",
        "Multiprocessing rewrite",
        "asserted",
    ),
    # s9_found_cpp_extension
    ("Moved the tokenizer hot loop into a Rust extension.", "FOUND.PY_DEPTH", "Rust extension", "asserted"),
    # s9_agent_builder_kit
    (
        "Wrote the triage flow with Google's Agent Development Kit.",
        "LLM.AGENT",
        "Agent Development",
        "asserted",
    ),
    # s9_guard_rails_split
    ("Guard rails for the customer chatbot.", "LLM.GUARDRAILS", "Guard rails", "asserted"),
    # s9_api_of_provider
    ("Use the API of OpenAI for make summaries of tickets.", "LLM.API", "API of OpenAI", "asserted"),
    # s9_pub_cited_venue
    ("Ortiz, L. 'Haptic cues for remote surgery.' CHI 2023.", "RES.PUB", "' CHI 2023", "asserted"),
    # s9_oss_own_open_source
    (
        "Maintainer of an open-source library for tabular augmentation (900 stars).",
        "RES.OSS",
        "Maintainer of an open-source library for tabular augmentation (900 stars",
        "asserted",
    ),
    # s9_oss_model_on_hub
    (
        "Released the distilled speech model on Hugging Face for the community.",
        "RES.OSS",
        "Released the distilled speech model on Hugging",
        "asserted",
    ),
    # s9_agentic_adjacent
    ("Agentic workflow for invoice disputes, live since May.", "LLM.AGENT", "Agentic workflow", "asserted"),
    # x_eval_set_count
    ("Curated a golden set of 400 support questions.", "LLM.EVAL", "Curated a golden set of 400", "asserted"),
    # s9_pub_coauthor_noun
    (
        "Co-author, 'Label noise in ECG', Physiological Measurement (2021).",
        "RES.PUB",
        "Co-author,",
        "asserted",
    ),
    # s9_pub_coauthored_title
    (
        'Co-authored "Sparse routing for cheap retrieval", Findings of EMNLP 2023.',
        "RES.PUB",
        'Co-authored "',
        "asserted",
    ),
    # s9_role_reviewer_journal
    (
        "Reviewer for IEEE Transactions on Audio, Speech and Language Processing.",
        "RES.ROLE",
        "Reviewer for IEEE Transactions",
        "asserted",
    ),
    # s9_novel_new_method
    (
        "Introduced a new sparse-attention architecture for long-form ASR.",
        "RES.NOVEL",
        "Introduced a new sparse-attention architecture",
        "asserted",
    ),
    # s9_eng_continued_pretraining
    (
        "Continued pre-training of BERT on 2B tokens of clinical notes.",
        "RES.ENG",
        "Continued pre-training",
        "asserted",
    ),
    # s9_oss_model_on_hub
    ("Released our code on GitHub with the paper.", "RES.OSS", "Released our code on GitHub", "asserted"),
    # s9_ft_one_word
    ("Finetuned BERT on 30k support tickets.", "LLM.FINETUNE", "Finetuned BERT", "asserted"),
    # s9_ft_instruction_post
    (
        "Post-trained a 1B model on 50k preference pairs.",
        "LLM.FINETUNE",
        "Post-trained a 1B model",
        "asserted",
    ),
    # s9_ops_llm_fallbacks
    ("LLM fallbacks across two providers in staging.", "LLM.OPS", "LLM fallbacks", "asserted"),
    # s9_eval_compared_models
    (
        "Benchmarked four embedding models on 2,000 labelled support queries.",
        "LLM.EVAL",
        "Benchmarked four embedding models",
        "asserted",
    ),
    # s9_rag_retrieval_augmented
    (
        "I build retrieval-augmented features for a B2B helpdesk.",
        "LLM.RAG",
        "retrieval-augmented features",
        "asserted",
    ),
    # s9_rag_noun_more
    ("Added a RAG help assistant inside the banking app.", "LLM.RAG", "RAG help", "asserted"),
    # s9_rag_store_over_docs
    (
        "Search assistant: pgvector over 1,100 help articles and release notes.",
        "LLM.RAG",
        "pgvector over 1,100 help articles",
        "asserted",
    ),
    # s9_eval_golden_set_use
    (
        "No prompt change ships until it passes the golden set in CI.",
        "LLM.EVAL",
        "golden set in CI",
        "asserted",
    ),
    # s9_guard_pii_before_llm
    (
        "Put a PII scrubber in front of every LLM call.",
        "LLM.GUARDRAILS",
        "PII scrubber in front of every LLM",
        "asserted",
    ),
    # s9_novel_proposed_component
    (
        "Proposed a lightweight cross-attention head for end-of-turn detection.",
        "RES.NOVEL",
        "Proposed a lightweight cross-attention head",
        "asserted",
    ),
    # s9_role_cosupervised_students
    (
        "Co-supervised 5 master students on vision projects.",
        "RES.ROLE",
        "Co-supervised 5 master students",
        "asserted",
    ),
    # s9_role_supervised_masters
    ("Supervise two master's theses a year.", "RES.ROLE", "Supervise two master's theses", "asserted"),
    # s9_role_organised_venue_workshop
    ("Co-organised the CVPR 2024 workshop on long-form video.", "RES.ROLE", "organised the CVPR", "asserted"),
    # s9_pub_best_paper
    ("Best Student Paper award, Interspeech 2022.", "RES.PUB", "Best Student Paper award", "asserted"),
    # s9_oss_released_eval_set
    (
        "Released the lab's far-field evaluation set (180 h).",
        "RES.OSS",
        "Released the lab's far-field evaluation set",
        "asserted",
    ),
    # s9_oss_released_publicly
    ("Corpus and baselines were publicly released in 2023.", "RES.OSS", "publicly released", "asserted"),
]

# (line, label prefix that must not be tagged)
NEGATIVE = [
    ("Trained a LambdaMART reranker on search clicks.", "LLM.RAG"),
    ("Ads stack: candidate generation, reranking, calibration.", "LLM.RAG"),
    ("Quantised the embedding model to int8 for CPU serving.", "LLM.RAG"),
    ("Vector DBs: Pinecone, Qdrant, Milvus", "LLM.RAG"),
    ("RAG project status reports for the steering committee.", "LLM.RAG"),
    ("Wrote 400 adversarial prompts for the red-team exercise.", "LLM.EVAL"),
    ("Built the evaluation harness used by 30 researchers to score checkpoints.", "LLM.EVAL"),
    ("Hand-built the training and eval loop for the segmentation model.", "LLM.EVAL"),
    ("Insurance agent onboarding dashboard for the sales org.", "LLM.AGENT"),
    ("Dashboard used by 200 customer-support agents.", "LLM.AGENT"),
    ("Guardrails and PII filtering for the customer-facing AI assistant.", "LLM.AGENT"),
    ("NVIDIA DLI certificate, 2024.", "LLM.AGENT"),
    ("AI engineer building LLM products for insurers.", "LLM.API"),
    ("Cut LLM cost per ticket by 40%.", "LLM.API"),
    ("Wrote custom Triton kernels for attention.", "LLM.API"),
    ("Reviewer: NeurIPS 2023, ICML 2024.", "RES.PUB"),
    ("Area chair, ACL 2024.", "RES.PUB"),
    ("Wrote a white paper on AI adoption for the council.", "RES.PUB"),
    ("Published an internal feature library to our private package index.", "RES.OSS"),
    ("Fine-tuned open models with QLoRA on a single GPU.", "RES.OSS"),
    ("Compared open-source embedding models on our search logs.", "RES.OSS"),
    ("Experiment tracking with Neptune for 8 researchers.", "RES.ENG"),
    ("PRESIDIO PII MASKING IN THE TRANSCRIPTION PIPELINE.", "LLM.GUARDRAILS"),
    ("Served the ranking model behind a gRPC service.", "LLM.OPS"),
    ("A Python package for drift tests.", "FOUND.PY_DEPTH"),
    ("Topic model over arXiv abstracts for a reading group.", "RES.PUB"),
    ("CI for ML: unit tests, eval gate, Helm release.", "LLM.EVAL"),
    ("Fine-tuned the alert thresholds with the on-call team.", "LLM.FINETUNE"),
    ("Built the eval pipeline for the churn model.", "LLM.EVAL"),
    ("Routed each ticket to the agent that handles billing.", "LLM.AGENT"),
    ("Supervised the master data clean-up.", "RES.ROLE"),
    ("Wrote code for public-sector clients.", "RES.OSS"),
    ("Wrote the Snowflake loader for the finance marts.", "FOUND.DL_DEPTH"),
    ("Built the customer deduplication pipeline for the CRM.", "RES.ENG"),
    ("Member of the steering group for an open crystal-structure benchmark consortium.", "RES.OSS"),
    ("Built the internal search over shipment documents in Elasticsearch.", "LLM.RAG"),
    ("Moved the EP 12 team onto the new sprint cadence.", "RES.PATENT"),
    ("Wrote the pricing engine in Go and R, with C bindings for the legacy solver.", "FOUND.PY_DEPTH"),
    ("Used a pre-trained ResNet as the backbone.", "RES.ENG"),
    ("Streaming responses from the order service over WebSockets.", "LLM.API"),
    ("Chunk size tuning for the Spark job reduced shuffle time.", "LLM.RAG"),
    ("Wrote the data loader for the Snowflake warehouse.", "FOUND.DL_DEPTH"),
    ("Travel agent for a boutique agency, 2015-2017.", "LLM.AGENT"),
    ("Managed a team of 40 call-centre agents.", "LLM.AGENT"),
    ("Hosted the team's quarterly hackathon.", "LLM.OPS"),
    ("Self-hosted GitLab for the engineering org.", "LLM.OPS"),
    ("Under review by the compliance team.", "RES.PUB"),
    ("Supervised 4 junior analysts.", "RES.ROLE"),
    ("Reviewer: CHI 2023, CSCW 2024.", "RES.PUB"),
    ("Automatic fallback to a backup payment provider when the gateway fails.", "LLM.OPS"),
    ("Routed tickets to agents using a BERT model.", "LLM.OPS"),
    ("Deployed models from Google Cloud's model garden.", "LLM.API"),
    ("Coordinated the relevance judges for the search quality programme.", "LLM.EVAL"),
    ("Excellent written and oral presentation skills.", "RES.PUB"),
    ("Contributed to chapter 3 of the onboarding handbook.", "RES.PUB"),
    ("Built the dashboard with an open-source charting library.", "RES.OSS"),
    ("Hypothesis testing module for the experimentation platform.", "FOUND.PY_DEPTH"),
    ("Answers cited in the FAQ were reviewed by legal.", "LLM.RAG"),
    ("Routing traffic to the new candidate version of the ranking model.", "LLM.OPS"),
    ("Released the new pricing model to all regions.", "RES.OSS"),
    ("Routed traffic to the new model in a 10% canary.", "LLM.OPS"),
    ("Built AI systems for fraud detection at a bank.", "LLM.AGENT"),
    ("Designed the AI workflow for invoice processing with OCR.", "LLM.AGENT"),
    ("React framework for the front end.", "LLM.AGENT"),
    ("Deployed LLM workflows for legal review.", "LLM.AGENT"),
    ("Led a team of 12 agents for the inbound queue.", "LLM.AGENT"),
    ("Golden dataset of 2,000 labelled transactions for the fraud model's regression tests.", "LLM.EVAL"),
    ("Smoke test on a golden set of 2k requests after every deploy.", "LLM.EVAL"),
    ("Lead author of the design doc for the new billing service.", "RES.PUB"),
    ("Co-authored the migration runbook with the SRE team.", "RES.PUB"),
    ("Co-authored a white paper on AI adoption in councils.", "RES.PUB"),
    ("Reviewer for the internal code-review guild.", "RES.ROLE"),
    ("Developed a new model for churn prediction.", "RES.NOVEL"),
    ("Designed a new dashboard framework for finance.", "RES.NOVEL"),
    ("Released code to production every week.", "RES.OSS"),
    ("Designed the system architecture for the fraud platform.", "LLM.PROMPT"),
    ("Wrote system tests for the payments API.", "LLM.PROMPT"),
    ("Fine-grained classification model for spare parts.", "LLM.FINETUNE"),
    ("Wrote post-mortems for every model outage.", "LLM.FINETUNE"),
    ("Manual review queue cut by a third.", "LLM.EVAL"),
    ("Deployed with Helm charts; evaluated Helm and Kustomize.", "LLM.EVAL"),
    ("Per-model fallbacks: if the ETA model times out the gateway returns an estimate.", "LLM.OPS"),
    ("Co-author of a Polish-language blog on competitive ML.", "RES.PUB"),
    ("Wrote 22 Medium articles on RAG and agents.", "RES.PUB"),
    ("Evaluated vendors for the new CRM.", "LLM.EVAL"),
    ("PII masking in the transcription pipeline for the call centre.", "LLM.GUARDRAILS"),
    ("Proposed a new pricing model to the commercial team.", "RES.NOVEL"),
    ("Supervised 3 data science interns.", "RES.ROLE"),
    ("Organised a Tableau workshop for the finance analysts.", "RES.ROLE"),
    ("Trained on publicly available data from the city portal.", "RES.OSS"),
    ("Best practices for the paper-based archive.", "RES.PUB"),
]


@pytest.mark.parametrize(("text", "label", "span", "polarity"), POSITIVE)
def test_rule_gives_span(nlp, text, label, span, polarity):
    assert (label, span, polarity) in evidence(nlp, text)


@pytest.mark.parametrize(("text", "forbidden"), NEGATIVE)
def test_near_miss_is_not_tagged(nlp, text, forbidden):
    assert not {label for label in labels(nlp, text) if label.startswith(forbidden)}
